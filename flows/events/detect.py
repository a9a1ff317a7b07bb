"""Event reports: sentences where a known predicate links actors ("who did what to whom").

For each sentence with at least one actor mention, predicates from LEXICON are found; each
gives a CAMEO code and a voice that says where the actor (initiator) and the recipient
stand relative to it:

* ``active``  - "X held talks with Y", "X praised Y": the nearest actor before is the
  actor, the first after the recipient; "X and Y discussed", "talks between X and Y" make a
  pair in text order.
* ``host``    - "Y welcomed X": following PLOVER, the visitor X is the actor, the host Y
  the recipient; ``received_by`` - "X was received by Y" likewise.
* ``by``      - "the visit by X to Y".
* a passive "X was criticized by Y" swaps actor and recipient.

A sentence whose subject is a pronoun ("He engaged in discussions with ...") takes the last
person who acted in the article. A leading clause ("Speaking after talks with Y, X said") takes the
subject after its comma. Force of a state's own forces against an unnamed group at home
("Syrian government forces shelled the rebel-held town") is domestic: the actor's country on
both sides, as CAMEO codes it. A town after "in"/"at" is where words were said, not to whom. An actor
acting alone ("Russia denies ...", "Sharif condemned the attack") is an event with no recipient when it
is the predicate's own subject; a meeting needs its other party. Negated predicates ("did not meet") are
not events;
future or intended ones ("will hold the next meeting") are typed as PLOVER does, AGREE
(CAMEO 036 for meetings, 030 otherwise), and marked ``is_future``. Organisations and
countries that only qualify a person ("Russian Foreign Minister Sergey Lavrov",
"Patrushev, secretary of the Security Council") are not participants of their own.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, replace

from flows.actors.names import name_key
from flows.events import timex
from flows.events.triggers import TriggerIndex
from flows.normalize.dates import DATELINE_RE, MON
from flows.sentences import split as split_sentences

#: feelings towards someone (CAMEO 110), an event only with that someone (FEELING)
_ANGER = "angry|angered|furious|upset|displeased|unhappy"
_CONCERN = "concerned|disappointed|worried|alarmed|troubled|dismayed"

#: a day or month right after a verb's preposition is a time, not its object ("fired on Monday", "marched on 3 May")
_WHEN = rf"(?:{timex._WD}|{MON}|\d)"
#: an act named by a noun after its actor's possessive: "China's condemnation of", "Germany's support for"
_POSSESSED = r"(?<=['’]s )(?:\w+ ){0,2}?"
#: between "killed in" and the adjective of the side that struck: "killed in an apparent US drone strike"
_STRIKE_DETERMINERS = r"\s+(?:an?\s+|the\s+)?(?:(?-i:[a-z])[\w\-]*\s+)?"
#: arms that one country gives another ("send tanks to", "supply Ukraine with air defence systems")
_ARMS = r"tanks|howitzers|air defen[cs]e systems?|fighter jets|F-16s|ammunition|artillery shells"

LEXICON: list[tuple[str, str, str]] = [
    # (cameo_code, voice, pattern)
    # "Moscow calls absurd the Syrian opposition's demand for ...": a rejection of what the other said
    ("120", "active", r"\b(?:call(?:s|ed)|described\s+as)\s+(?:absurd|groundless|baseless|unfounded|ridiculous|nonsense|false)\b"
                      r"(?=\s+(?:the\s+)?(?:[\w\-]+(?:['’]s?)?\s+){0,4}?(?:claims?|demands?|accusations?|allegations?"
                      r"|statements?|reports?|charges?|assertions?|suggestions?)\b)"),
    ("041", "active", r"\b(?:spoke|spoken|talked|conferred)\s+(?:by|over the|on the)\s+(?:tele)?phone\b"
                      r"|\b(?:tele)?phone (?:call|conversation|talks?)\b|\b(?:tele)?phoned\b"
                      r"|(?<!so-)(?<!is )(?<!was )(?<!be )\bcall(?:ed|s)?\b(?!\s+(?:for|on|upon|off|it)\b)"),
    ("043", "active", r"\bhost(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:conference|summit|meeting|talks|forum)"
                      r"\s+(?:on|about|of)\b"),  # "Italy will host a conference on Libya's reconstruction", "hosted a summit of West African leaders"
    # finite only, sanctions named before it (NEEDS_BEFORE): "sanctions imposed by the US against Cuba" in a noun
    # phrase is a standing state, no new act
    ("163", "sanctions_by", r"\b(?:were|was|have been|had been)\s+(?:imposed|introduced|levied)\s+by\b"),
    ("039", "active", r"\boffer(?:ed|s|ing)?\s+to\s+mediate\b"),  # "China offered to mediate between India and Pakistan"
    ("045", "active", r"\bmediat(?:e|ed|es|ing)\s+(?:talks\s+)?between\b|\bmediated\s+(?:the\s+)?(?:release|return|exchange)\s+of\b"  # "Qatar mediated between the Taliban and the US"
                      r"|\bbroker(?:ed|s|ing)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:ceasefire|truce|deal|agreement|talks)\s+between\b"
                      r"|\bbroker\w*\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+)?(?:ceasefires?|truces?|peace)\s+in\b"),
    ("036", "active", r"\binvit(?:ed|es|ing)\b(?=\s+(?:[\w\-'’.]+\s+){1,6}?to\s+(?:visit|attend|join|take part|participate|hold"
                      r"|talks|a\s+(?:summit|meeting|conference))\b"
                      # "Obama invited Xi Jinping to the Sunnylands estate", "invited him to a state dinner"
                      r"|\s+(?:[\w\-'’.]+\s+){1,6}?to\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:a|an|his|her|their)\s+(?:[\w\-]+\s+)?"
                      r"(?:dinner|lunch|summit|meeting|visit|reception|banquet)\b))"),  # "Russia invited Cuba to join the talks"
    ("042", "received_by", r"\b(?:was|were|is|are|been)\s+(?:also\s+|then\s+|later\s+)?(?:warmly\s+)?(?:received|welcomed|hosted|greeted)\s+"
                           r"(?:(?:at|in|to)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?)?by\b"),  # "welcomed at the White House by Trump"
    ("051", "active", r"\bwelcom(?:ed|es|ing)\b(?=\s+(?:the|a|an|this|its|their|his|her|(?:[\w\-.]+\s+){0,4}?[\w\-]+['’]s)"
                      r"\s+(?:[\w\-]+\s+){0,2}?(?:decisions?|moves?|steps?|announcements?|agreements?|deals?|results?"
                      r"|outcomes?|initiatives?|proposals?|plans?|efforts?|release|progress|resolutions?|statements?|news"
                      r"|ceasefire|election|introduction|commitment|offer|remarks|position|stance|victory|willingness"
                      r"|readiness|participation|pledge|approach|polic(?:y|ies)|bid|accession|promises?|rhetoric|administration"
                      r"|response|involvement|presidency|leadership|support|call|words|comments|appointment|nomination"
                      r"|message|return|presence|role|ruling|verdict|vote|win)\b)"),
    ("042", "host", r"\b(?:received|welcomed|welcoming|hosted|hosting|greeted|greeting)\b"),
    ("042", "host_verb", r"\bhosts?\b"),  # "Trump will host Xi": the verb after a modal, not "Fox News host Bill O'Reilly"
    ("042", "by", r"\bvisit\s+(?:by|of)\b"),
    ("042", "possessive", r"(?<=['’]s )(?:\w+ ){0,2}(?:visit|trip|tour)\s+(?:to|of)\b"),
    # acts named by a noun after their actor's possessive: "China's condemnation of the US strikes", "Germany's
    # support for Ukraine", "Ecuador's raid on the Mexican embassy", "Vietnam's purchase of Russian weapons"
    ("111", "possessive", _POSSESSED + r"(?:condemnation|criticism|denunciation)\s+of\b"),
    ("051", "possessive", _POSSESSED + r"(?:support|backing)\s+for\b"),
    ("190", "possessive", _POSSESSED + r"(?:strikes|air\s?strikes|airstrikes|attacks?|invasion|bombing|shelling|offensive)\s+(?:on|against|of)\b"),
    ("171", "possessive", _POSSESSED + r"(?:raid|storming)\s+(?:on|of)\b"),
    ("062", "possessive", _POSSESSED + r"(?:purchases?|acquisition)\s+of\b"),
    ("163", "possessive", _POSSESSED + r"(?:sanctions|embargo)\s+(?:on|against)\b"),
    # "The Israeli army came under fire from Hezbollah rockets": the one firing acts
    ("190", "by", r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|rocket\s+|artillery\s+|drone\s+)?(?:fire|attack|shelling)\s+from\b"),
    # "Pakistan's border with Afghanistan has been shut down": closed by the possessor
    ("172", "possessive", _POSSESSED + r"(?:border|borders|frontier)\s+with\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){1,3}?"
                          r"(?:(?:has|have|had)\s+been|was|were|is|remains?)\s+(?:shut|closed|sealed)\b)"),
    # victims of a strike named by its side's adjective: "Two Taliban commanders were killed in an apparent US drone
    # strike in Paktika" (the adjective is the actor: _roles)
    ("190", "adjective_agent", r"\b(?:killed|wounded|injured|hurt|died)\s+(?:\w+\s+){0,2}?(?:in|by)\b"
                               rf"(?={_STRIKE_DETERMINERS}"
                               r"(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+(?:[\w\-]+\s+)?(?:air\s?strikes?|airstrikes?"
                               r"|(?:drone|missile|rocket|artillery)\s+(?:strikes?|attacks?|fire)|strikes?|air\s+raids?|raids?"
                               r"|shelling|bombardments?|bombings?)\b)"),
    ("042", "active", r"\bvisit(?:ed|ing|s)?\b|\barriv(?:ed|e|es) in\b|\barriv(?:ed|e|es) at\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){1,4}?in\s+(?-i:[A-Z]))|\btravel(?:s|ed|led|ing|ling)? to\b|\b(?:flew|jetted) to\b|\btrip to\b|\btour (?:of|to)\b"
                      r"|\bsen(?:d|t|ds|ding)\s+(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:delegation|envoy|emissary|mission)\s+to\b"),
    ("057", "active", r"\binitial(?:l)?ed\b(?=(?:[^.;]|\.\d){0,40}\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?)\b)"),
    ("057", "active", r"\bsign(?:ed|s|ing)?\b(?!\s+(?:an?\s+|the\s+)?(?:new\s+|revised\s+|two\s+)?executive\b)(?=(?:[^.;]|\.\d){0,40}\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand\w+|contracts?|partnerships?|(?:cooperation\s+)?documents"
                      r"|(?:joint\s+)?(?:statement|declaration|communiqu\w+)|protocols?|plans?\s+of|programmes?|programs?|road\s?maps?)\b)"),
    # "Iran vowed revenge against the United States": a threat, not a promise (before "vowed to")
    ("138", "active", r"\b(?:vow(?:ed|s|ing)|threaten(?:ed|s|ing)|promis(?:ed|es|ing))\s+(?:to\s+)?(?:take\s+)?(?:revenge|retaliat\w+|avenge"
                      r"|a\s+(?:harsh|tough|strong|crushing|decisive|military)\s+(?:response|retaliation))\b"
                      # "Netanyahu vowed to continue the war until Hamas is destroyed"
                      r"|\b(?:vow(?:ed|s|ing)|pledged|promised)\s+to\s+(?:continue|press on with|keep up|intensify|step up|escalate)\s+"
                      r"(?:the\s+|its\s+|their\s+|his\s+)?(?:[\w\-]+\s+)?(?:war|fighting|offensive|strikes|attacks|campaign|bombing)\b"),
    ("030", "active", r"\b(?:ready|willing|prepared)\s+to\s+(?:further\s+)?(?:strengthen|develop|expand|deepen|boost|improve"
                      r"|cooperate|work)\b(?=[^.;]{0,40}\bwith\b)"  # "We are ready to strengthen our relations with Russia"
                      r"|\bagreed (?:to|on)\b|\bagreed that\b(?=[^;]{0,140}?\b(?:will|would|should|shall)\b)|\bagreed\b(?=\s+(?:during|in|at)\s+(?:their|the|a)\b)|\bagreed\s+(?:in|at)\s+(?-i:[A-Z])[\w\-]+\s+to\b|\breached (?:an? )?(?:agreement|deal)\b"
                      r"|\b(?:promised|promises|vowed|vows|pledged|pledges)\s+(?:in\s+(?:talks|a\s+call|a\s+meeting)\s*-?\s*)?to\b"
                      # "Russia and Cuba reiterated the commitment to advance bilateral strategic partnership"
                      r"|\b(?:commit(?:s|ted)?|seek(?:s|ing)?\s+closer|(?:reiterated|reaffirmed|confirmed|reaffirming|reiterating|affirmed"
                      r"|expressed|expressing|expresses|voiced)\s+(?:(?:the|their|its|our|his|her|an?)\s+)?[\"“‘']?(?:mutual\s+|full\s+|firm\s+)?"
                      r"(?:readiness|commitment|determination|willingness)|resolved)\s+(?:for|to)?\s*(?:further\s+)?(?:advanc|strengthen"
                      r"|develop|expand|deepen|boost|work|improv|enhanc|stand|promot|cooperat|conduct|build|ties|relations|partnership"
                      r"|[\"“‘']strategic)\w*"
                      r"(?!(?:[^.;]|\.\d){0,40}\b(?:aid|assistance|million|billion)\b)"),
    # "Macron attended the summit in Beijing"; "said he would not attend the summit" (a refusal)
    ("040", "active", r"\bjoint\s+(?:news|press)\s+conference\s+with\b"),  # "held his joint news conference with Merkel"
    ("040", "active", r"\b(?:held|hold|holds|holding)\s+(?:their|its)\s+(?:[\w\-]+\s+){0,3}?(?:dialogue|talks|consultations)\b"),  # "South Korea and Japan held their first security dialogue"
    # "launched dozens of drones at Odesa"
    ("195", "active", r"\blaunch(?:ed|es|ing)?\s+(?:[\w\-]+\s+){0,4}?(?:drones?|missiles?|rockets?)\s+(?:at|against|toward|towards|into"
                      r"|on(?!\s+(?:the\s+)?(?:eve|day|anniversary|occasion|\w+day)\b))\b"),
    # "Niger, Mali and Burkina Faso announced their withdrawal from the West African bloc ECOWAS"
    ("160", "active", r"\b(?:announced|completed|formalised|formalized|confirmed)\s+(?:its|their)\s+withdrawal\s+from\b"
                      r"|\b(?:withdrew|withdraws|pulled out|quit|quits)\s+(?:from\s+|of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                      r"(?:bloc|alliance|organi[sz]ation|pact|treaty|accord|community)\b"),
    # "Colombia's president suspended arms purchases from Israel"
    ("160", "active", r"\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|stop(?:ped|s|ping)?|froze|cancel(?:l?ed|s))\s+(?:all\s+)?"
                      r"(?:arms|weapons|military|oil|gas|energy)\s+(?:purchases|imports|exports|sales|deliveries|contracts)\s+(?:from|to|with)\b"),
    # "Qatar was suspending its role as mediator between Israel and Hamas"
    ("165", "active", r"\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|end(?:ed|s|ing)?|stop(?:ped|s|ping)?|quit)\s+(?:its|their|his|her)\s+"
                      r"(?:role\s+as\s+(?:a\s+)?)?mediat(?:or|ion|ing)(?:\s+role)?\b"),
    # "We will never accept the annexation of Crimea": a refusal
    ("120", "active", r"\b(?:will|would|could|can|shall)\s+never\s+accept\b|\b(?:do|does|did|will|would)\s+not\s+accept\b"),
    # "Polish farmers blocked border crossings with Ukraine to protest against imports"
    ("140", "active", r"\b(?:blocked|blockaded|blocking)\s+(?:[\w\-]+\s+){0,3}?(?:crossings?|roads?|highways?|border|checkpoints?|ports?)\b"
                      r"(?=[^.;]{0,60}\bto\s+protest\b)"),
    ("040", "active", r"\battend(?:ed|s)?\b(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:summit|talks|meeting"
                      r"|negotiations)\b)"),
    # "Officials from Washington and Beijing held trade talks"
    ("040", "active", r"\b(?:held|hold|holds|holding)\s+(?:(?!its\b|their\b|his\b|her\b|our\b)(?-i:[a-z])[\w\-]*\s+){1,2}?(?:talks|discussions|consultations|negotiations"
                      r"|summits?)\b"),
    ("046", "active", r"\bnegotiat(?:ed|ing)\s+(?:in|on|over|for)\b(?!\s+good\s+faith)"),  # "Armenian and Azerbaijani delegations negotiated in Washington"
    ("040", "active", r"\b(?:met|meets|meet|meeting|meetings)\b(?!\s+(?:(?:its|their|the|his|her|our|all|these|those|such)\s+)?"
                      r"(?:[\w\-]+\s+)?(?:commitments?|obligations?|targets?|goals?|demands?|needs|requirements?|standards?"
                      r"|criteria|deadlines?|expectations|conditions|costs?|prices?|challenges?|threshold)\b)(?:\s+with)?|\b(?:held|hold|holds|holding) (?:[\"“”'][\w\-]+[\"“”']\s+)?(?:talks|an exchange|a meeting|"
                      r"discussions|consultations)\b|\b(?:talks?|discussions|consultations|an exchange|negotiations)"
                      r"\s+(?:in\s+the\s+[\w+\-\"“”]+\s+format\s+)?(?:with|between)\b|\b(?:contacts|meetings?)\s+between\b|\bconducted talks\b|\bdiscuss(?:ed|es)?\b|\bconferred\b"
                      r"|\b(?:held|hold|holds|holding)\s+(?:the\s+|a\s+)?(?:next\s+|first\s+|new\s+|regular\s+)?(?:session|round|sitting)s?\s+of\b"
                      r"|\breview(?:ed|s)\s+(?:the\s+)?(?:state\s+of\s+)?(?:bilateral\s+)?(?:relations|ties|cooperation)\b"
                      r"|\bexchanged\s+(?:[\w\-]+\s+)?views\b|\bexchange\s+of\s+views\s+(?:with|between)\b"
                      r"|\bresum(?:ed|es|ing)\s+(?:their\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:dialogue|talks|negotiations|consultations|contacts)\b"
                      r"|\b(?:dialogue|communications?|contacts?|consultations?)\s+with\b"
                      r"|\b(?:spoke|spoken|talked|speaking|talking|speak|(?<!small )talk)\s+(?:\w+ly\s+|twice\s+|once\s+|again\s+)?(?:to|with)\b|\bnegotiat(?:ed|es|ing)\s+with\b|\b(?:is|are|was|were)\s+negotiating\b(?=[^.;]{0,60}?\bwith\b)"
                      r"|\bengag(?:ed|es|ing)\s+(?:\w+\s+)?with\b|\bbrought together\b(?=\s+(?:[\w\-]+\s+){0,4}?(?:leaders|ministers|officials|delegations|representatives"
                      r"|heads|diplomats|envoys|negotiators)\b)"
                      r"|\b(?:had|have|has|having)\s+(?:(?![\w\-]+(?:ed|ing)\s|held\s|(?:tele)?phone|no\s|not\s|never\s)[\w\-\"“”']+\s+){0,5}?(?:contacts?|talks|conversations?|meetings?|discussions)\b"
                      r"|\bent(?:er|ers|ered|ering)\s+into\s+(?:[\w\-]+\s+){0,2}?(?:talks|consultations|negotiations|dialogue)\b"
                      r"|\b(?:are|were|is|was|been)\s+in\s+(?:[\w\-]+\s+)?talks\b|\b(?:held|hold|holds|holding)\s+(?:a\s+)?video\s?-?conferences?\b"
                      r"|\b(?:talks|discussions|negotiations|consultations|meetings?)\s+(?:[\w\-]+\s+){0,4}?involving\b"
                      r"|\b(?:took|take|takes|taking) part in\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?(?:talks|meeting|summit"
                      r"|negotiations|consultations)\b|\bparticipat(?:ed|es|ing) in\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?"
                      r"(?:talks|meeting|summit|negotiations|consultations)\b"),
    ("040", "progressive", r"\bdiscussing\b"),  # "Nicosia and Moscow had been discussing": a finite verb only
    ("040", "pair_noun", r"\b(?:talks|consultations|negotiations|summit)\b"),  # "the Russian-Japanese talks"
    ("055", "active", r"\bapologi[sz](?:ed|es|ing)\s+to\b"),
    # "Li Qiang told German Chancellor Olaf Scholz that ...": one leader telling another is a consultation
    ("040", "active", r"\btold\b(?=\s+(?:his\s+|her\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?-i:[A-Z])[^.;]{0,80}\bthat\b)"),
    # "Spain recognised Morocco's autonomy plan": an endorsement of the possessor's position
    ("051", "active", r"\brecogni[sz](?:ed|es|ing)\b(?=\s+(?:[\w\-]+['’]s?\s+)(?:[\w\-]+\s+){0,2}?(?:plan|proposal|claims?|position|rights?"
                      r"|role|efforts?|contribution|status)\b)"),  # "Switzerland recognized China's market economy status"
    ("054", "active", r"\brecogni[sz]ed\s+as\s+(?:[\w\-]+\s+){0,3}?[\w\-]+(?=\s+by\b)"),  # "Guaido was recognised as interim president by the US"
    ("054", "active", r"(?<!internationally )(?<!widely )(?<!officially )\brecogni[sz](?:e|ed|es|ing)\b(?=\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w\-]+\s+)?(?:state|independence|sovereignty"
                      r"|government|results?|election|outcome|victory|jurisdiction|authority|legitimacy)\b|\s+(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?\s+as\b)"),  # "France recognized the Palestinian state"
    ("050", "active", r"\bsupport(?:ed|s|ing)\b(?!\s+(?:for|of|from)\b)|\bst(?:ands?|ood|anding)\s+(?:firmly\s+)?(?:by|with)\b"
                      r"(?=\s+(?:the\s+people\s+of\s+)?(?:its\s+|their\s+|our\s+)?(?:allies?\s+|partners?\s+)?(?-i:[A-Z]))"),
    # "the UK, Netherlands, Hungary and the Nordic countries support China's market economy status": the bare
    # verb only after a name or "countries" (SUPPORTERS), before a name - the noun is far more common
    ("050", "plural_subject", r"\bsupport\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:['’]s)?\s)"),
    ("051", "active", r"\b(?:praised|praises|praising|hailed|lauded|commended|thanked|thanks(?!\s+to\b)|endorsed|endorsing"
                      r"|\b(?:tweets?|tweeted|voiced|expressed|heaped|offered|lavished)\s+(?:high\s+|warm\s+|effusive\s+)?praise\s+(?:of|for|on)\b"
                      r"|\b(?:expressed|voiced|professed|repeated)\s+(?:his\s+|her\s+|their\s+|its\s+)?admiration\s+(?:of|for)\b"
                      r"|\b(?:expressed|reaffirmed|reiterated|declared|voiced)\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:full\s+|firm\s+|unwavering\s+|strong\s+)?solidarity\s+with\b"
                      # "The Russian official conveyed to Diaz-Canel the greetings of President Vladimir Putin"
                      r"|\b(?:conveyed|passed on|extended|delivered)\b(?=\s+(?:to\s+[^,.;]{1,40}?\s+)?(?:the\s+|his\s+|her\s+|warm\s+|best\s+|cordial\s+|fraternal\s+)*(?:greetings|congratulations)\b)"  # "Trump tweets praise of Putin's move"
                      r"|congratulat\w+|(?:expressed|pledged|pledging|voiced|offered|reaffirmed|reiterated)\s+(?:(?!for\b)[\w\"“”%'’\-]+\s+){0,3}?support"
                      r"|(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!be )\bcredit(?:ed|ing)\b"
                      r"(?=\s+(?:[a-z]+\s+){0,3}(?-i:[A-Z])[^.;]{0,60}\bwith\b)"  # "Medvedev credited generations of Cuban citizens with"
                      r"|(?<!-)backed(?!\s+(?:out|away|down|off)\b)|(?:came|spoke|stood) out in support of"
                      r"|expressed\s+(?:his\s+|her\s+|their\s+|its\s+|deep\s+|sincere\s+)*(?:gratitude|appreciation|thanks)\s+(?:to|for)"
                      r"|(?:was|is|were|are|am)\s+(?:very\s+|deeply\s+|most\s+|so\s+)?(?:grateful|thankful) to"
                      r"|(?:(?<=['’]m )|(?<=['’]re ))(?:very\s+|deeply\s+|most\s+|so\s+)?(?:grateful|thankful) to"  # "I'm very grateful to"
                      r"|appreciat(?:ed|es))\b"),
    ("112", "active", r"\baccus(?:ed|es|ing)\b(?!\s+of\b)|\bblam(?:ed|es|ing)\b"),
    ("1121", "active", r"(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )\bcharg(?:ed|es|ing)\b"
                       r"(?!\s+that\b)(?=\s+(?:[\w\-'’]+\s+){1,6}?with\b)"),
    ("112", "claimed", r"\b(?:was|were|is|are|had been|has been)\s+(?:behind|responsible for|to blame for)\b"),
    ("115", "active", r"\b(?:filed|brought|lodged|launched)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:case|lawsuit|suit|legal\s+action)s?\s+against\b"
                      # "South Africa filed a case at the International Court of Justice accusing Israel of genocide"
                      r"|\b(?:filed|brought|lodged)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:case|lawsuit|suit|complaint)\s+(?:at|with|before|to)\b"
                      r"(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,6}?(?:[Cc]ourt|[Tt]ribunal|ICJ|ICC|WTO)\b[^.;]{0,20}\b(?:accusing|against|over)\b)"),
    ("114", "active", r"(?<!ers )\bprotested\s+after\b|\bprotest(?:ed|s)?\s+to\b|\bprotest(?:ed|s)\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*['’]s\b)|\b(?:lodged|filed|made|delivered|sent|issued)\s+(?:an?\s+)?(?:[\w\-]+\s+)?"
                      r"(?:protest|complaint)s?\b|\bsummon(?:ed|s|ing)?\b(?=[^.;]{0,40}\b(?:ambassadors?|envoys?|charg\w+|diplomats?|high commissioners?)\b)|\bsummoned\b(?=\s+by\b)"
                      r"|\b(?:lodged|made)\s+(?:stern\s+|solemn\s+|strong\s+|serious\s+)?representations\s+(?:with|to)\b"),  # China's formal protest
    # criticism received: "Myanmar's treatment of the Rohingya has sparked criticism from Malaysia" (_roles)
    ("111", "drawn", r"\b(?:drew|drawn|draw|draws|drawing|fac(?:ed|es|ing)|came under|come under|comes under|attract(?:ed|s|ing)"
                     r"|spark(?:ed|s|ing)|provok(?:ed|es|ing)|prompt(?:ed|s|ing)|trigger(?:ed|s|ing)|received)\s+"
                     r"(?:(?:a|an|the|growing|strong|serious|sharp|widespread|international|fierce|heavy|harsh|torrent\s+of|wave\s+of"
                     r"|storm\s+of)\s+){0,3}(?:criticism|condemnation|censure)\b"),
    ("111", "active", r"\b(?<!facing )(?<!faced )(?<!faces )(?<!amid )(?<!under )(?<!despite )"
                      r"(?:criticiz\w+|criticis\w+|condemn\w*|denounc\w+|blast(?:ed|ing|s)|slam(?:med|ming|s)"
                      r"|rebuked|lambast\w+|lashed out (?:at|against)|castigat\w+|(?:hit|hits|hitting|fired) back at)\b|\bwar of words (?:with|between)\b"
                      # "Erdogan described Israel as a terror state"
                      r"|\b(?:described|branded|labell?ed|dubbed|termed)\b(?=\s+(?:[\w\-'’]+\s+){0,4}?(?:as\s+)?(?:an?\s+|the\s+)?[\"“]?"
                      r"(?:[\w\-]+\s+){0,2}?(?:terror\w*|criminals?|illegal|fascists?|nazis?|rogue|enem(?:y|ies)|threats?|aggressors?"
                      r"|occupiers?|dictator\w*|murderers?|killers?|thugs?|apartheid|genocid\w*|puppets?|liars?|provocation\w*|hostile"
                      r"|unacceptable|irresponsible|dangerous)\b)"),
    ("111", "active", r"\b(?:is|was|were|are|been)\s+(?:(?:highly|very|sharply|deeply|openly|strongly|increasingly)\s+)?critical\s+of\b"),
    ("110", "active", r"\b(?:has|have|had)\s+(?:serious\s+|grave\s+|deep\s+)?concerns?\s+(?:over|about|regarding)\b"  # "Japan has concerns over"
                      r"|\b(?:voiced|expressed|raised|reiterated)\s+(?:[\w\-\"“”']+\s+){0,2}?[\"“]?(?:concerns?|displeasure"
                      r"|dissatisfaction|disapproval|disagreement|alarm|reservations|anger|outrage|indignation)[\"”]?\s+(?:\w+\s+)?(?:over|about|at|with|regarding|to)\b"
                      rf"|\b(?:{_ANGER})[\"”]?\s+(?:over|about|at|with|by)\b"
                      r"|\bcomplain(?:ed|s|ing)?\s+(?:\w+\s+)?(?:that|about|of)\b"
                      # "Moscow finds Israel's decision very worrisome"
                      r"|\bfinds?\b(?=\s+(?:[\w\-'’]+\s+){1,5}?(?:very\s+|deeply\s+|extremely\s+|highly\s+)?(?:worrisome|worrying|alarming"
                      r"|troubling|unacceptable|disturbing|regrettable)\b)"),
    # "Berlin is deeply concerned by Ankara's moves": after a form of "be" (NEEDS_BEFORE), which a
    # trigger opening with it would have made the index try on nearly every sentence
    ("110", "active", r"\bregrett?(?:ed|s)\b(?=\s+(?:the\s+)?(?:[\w\-]+['’]s?\s+)?(?:[\w\-]+\s+)?(?:decision|move|steps?|refusal"
                      r"|position|statement|remarks|actions?|policy)\b)|\bdeplor(?:ed|es|ing)\b"),
    ("114", "active", r"\bprotested\b(?=\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:presence|decision|move|detention|arrest|killing"
                      r"|deployment|incursion|intrusion|violation|remarks|comments|statement|treatment|construction|seizure)\b)"),
    # "Vucic promised Chinese leader Xi Jinping that Belgrade would remain a reliable partner"
    ("030", "active", r"\b(?:promised|assured|reassured)\b(?=\s+(?:(?:the|his|her|its|their)\s+)?(?-i:[A-Z])(?:[\w\-.]+\s+){1,6}?that\b)"),
    ("038", "active", r"\baccept(?:ed|s|ing)\b(?=\s+(?:the\s+|an?\s+)?(?:[\w\-]+['’]s?\s+)?(?:[\w\-]+\s+)?(?:offer|proposal|mediation"
                      r"|invitation|plan)s?\b)"),  # "Russia accepted India's offer to mediate"
    ("110", "feeling", rf"\b(?:{_CONCERN})[\"”]?\s+(?:about|by|over|at|with)\b"),
    ("120", "by", r"\brefusal\s+(?:by|of)\b"),  # "the refusal of the Netherlands to let Turkish ministers address rallies"
    ("120", "possessive", r"(?<=['’]s )refusal\s+to\b"),  # "the Dutch government's refusal to allow the Turkish minister"
    ("030", "by", r"\b(?:was|were|has been|had been)\s+(?:reached|agreed)\s+by\b"),
    # "The Cuban leader was awarded the Order of Friendship by the Russian president": an honour is praise
    ("051", "by", r"\b(?:was|were|has been|had been)\s+awarded\s+(?:the\s+|an?\s+)?(?:[\w\-'’]+\s+){0,5}?by\b"),
    ("051", "active", r"\bawarded\b(?=\s+(?:[\w\-'’]+\s+){0,4}?(?:the\s+)?(?:Order|Medal|title of Hero)\b)"),
    # "Moscow, Ankara and Tehran are pressing ahead with a fresh round of Russian-led Syria talks"
    ("040", "active", r"\b(?:press(?:es|ed|ing)?|go(?:es|ing)?|went|push(?:es|ed|ing)?)\s+ahead\s+with\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,5}?"
                      r"(?:talks|negotiations|consultations|summit)\b"),
    # "Lavrov and his Iranian counterpart held a joint press conference": they met
    ("040", "active", r"\b(?:held|hold|holds|gave|give)\s+(?:a\s+)?joint\s+(?:press|news)\s+conference\b"),  # "The agreement ... was reached by X and Y"
    ("120", "active", r"\b(?:rejected|rejects|rejecting|reject|refused|refuses|refusing|refuse|dismissed|denied|denies"
                      r"|rebuffed|turned down|vetoed)\b(?!\s+(?:\w+\s+)?(?:entry|visas?|access)\s+(?:to|into)\b)"
                      r"|\b(?:strongly\s+)?oppos(?:ed to|es|ing)\b(?!\s+(?:sides|camps|views|forces|parties|factions|teams)\b)"
                      r"|\bopposed\b(?=\s+(?:the\s+|a\s+|an\s+|any\s+|(?-i:[A-Z])))"
                      r"|\bsh(?:ot|oots|ooting) down\s+(?:the\s+|a\s+|any\s+)?(?:[\w\-]+\s+)?(?:idea|prospect|proposal|suggestion|plan"
                      r"|notion|request|bid|motion|offer)s?\b"),  # "The Kremlin has opposed ...", "Merkel shot down the prospect of"
    ("138", "active", r"\bwarn(?:ed|s|ing)\b(?=[^.;]{0,40}\b(?:military|force|strikes?|retaliat\w+|war)\b)"
                      r"|\b(?:might|may|could|would|threatened to)\s+(?:\w+\s+){0,4}?(?:take|launch|use)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:military action|military force|strikes?|force)\b"
                      r"|\b(?:military (?:action|force|options?|response)|all options|the option)\b[^.;]{0,40}\bon the table\b"),
    ("130", "active", r"(?<!storm )(?<!weather )(?<!flood )(?<!tornado )(?<!tsunami )(?<!heat )(?<!travel )(?<!health )"
                      r"(?<!hurricane )(?<!blizzard )(?<!frost )(?<!wind )(?<!fire )(?<!early )(?<!profit )\bwarn(?:ed|s|ing)\b"
                      # "a warning from the U.S.": the warner follows; "warned of possible famine": a danger, no threat
                      r"(?!\s+from\b)(?!\s+(?:(?:last|this|on|earlier|late)\s+\w+\s+|\w+day\s+)?(?:of|about|that)\s+(?:a\s+|an\s+|the\s+)?(?:possible\s+|looming\s+|imminent\s+|growing\s+|severe\s+)?"
                      r"(?:famine|drought|starvation|shortages?|humanitarian|epidemic|outbreak|floods?|hunger|cholera)\b)"),
    # "China expressed firm opposition to the US arms sales to Taiwan"
    ("120", "active", r"\b(?:expressed|voiced|reiterated|reaffirmed|stated)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:firm\s+|strong\s+|resolute\s+|staunch\s+)?"
                      r"opposition\s+to\b"),
    ("161", "active", r"\b(?:cut|sever(?:ed|s)?|br(?:oke|eak|eaks|eaking)(?: off)?|suspended|downgraded|paused)\s+(?:its\s+|their\s+)?(?:diplomatic\s+|high-level\s+|all\s+)?(?:ties|relations|contacts)\b"
                      r"|\bcut\s+off\s+(?:its\s+|their\s+|all\s+)?(?:interaction|dealings|communication|ties|contacts|relations)\s+with\b"
                      r"|\b(?:recalled|withdrew|withdrawn|pulled) (?:its |their |his |her )?ambassador\b"),
    ("162", "active", r"\b(?:cut|suspended|halted|froze|stopped)\b(?=\s+(?:\w+\s+)?(?:aid|assistance|funding)\b)"),
    # "Australia suspended its defence cooperation with Indonesia"
    ("160", "active", r"\b(?:suspended|halted|ended|cut|froze|scaled back|downgraded)\s+(?:its\s+|their\s+|all\s+)?(?:(?!his\b|her\b)[\w\-]+\s+){0,2}?"
                      r"(?:cooperation|ties|contacts|exchanges|air\s+(?:service|traffic|links)|flights|trade)\s+with\b"),  # not "cut his ties with the Trump Organization"
    # "Warsaw would close the last Russian consulate in the country": relations reduced
    ("161", "active", r"\bclos(?:e|ed|es|ing)\b(?=\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:last\s+|remaining\s+)?(?:[\w\-]+\s+)?(?:embassy|consulate|consulates)\b)"),
    ("160", "active", r"\bfr(?:oze|eezes|ozen|eezing)\s+(?:the\s+|its\s+|all\s+|their\s+)?(?:[\w\-]+\s+)?(?:deal|talks|cooperation"
                      r"|relations|contacts|ties|negotiations|projects?)\b"
                      r"|\b(?:halt(?:ed|s|ing)?|cut(?:s|ting)?(?:\s+off)?|suspend(?:ed|s|ing)?|stop(?:ped|s|ping)?)\s+(?:its\s+|their\s+|all\s+|the\s+)?"
                      r"(?:[\w\-]+\s+){0,3}?(?:supplies|deliveries|exports|imports|shipments|flights)\s+(?:to|from|of)\b"
                      r"|\b(?:halt(?:ed|s|ing)?|suspend(?:ed|s|ing)?|stop(?:ped|s|ping)?|froze)\s+(?:its\s+|their\s+|all\s+|the\s+)?"
                      r"(?:purchases?|sales?)\s+of\b(?=\s+(?:[\w\-]+\s+){0,4}?(?:weapons|arms|munitions|jets|missiles|gas|oil)\b)"),
    ("164", "active", r"\b(?:suspended|halted|broke off|walked out of|pulled out of)\s+(?:the\s+)?(?:talks|negotiations)\b"),
    # "Moscow suspended its participation in the New START treaty"; "halted the export of F-35 parts to Israel"
    ("160", "active", r"\b(?:suspended|froze|frozen|freezes|halted|ended)\s+(?:its\s+|their\s+)?participation\s+in\b"
                      r"|\b(?:halted|suspended|stopped|banned|blocked)\s+(?:the\s+|all\s+)?exports?\s+of\b(?=[^.;]{0,40}\bto\b)"),
    ("166", "active", r"\bexpel(?:led|s|ling)?\b(?=\s+(?:(?!from\b|after\b|over\b)[\w\-'’.]+\s+){0,6}?(?:diplomats?|ambassadors?|envoys?|attach\w+|consuls?|embassy|mission|observers|monitors|inspectors)\b)"
                      r"|\bordered\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:diplomats?|ambassadors?|envoys?|attach\w+|consuls?|troops|forces|soldiers|peacekeepers)\s+to\s+leave\b)"
                      r"|\bexpel(?:s|led|ling)?\b(?=\s+(?:all\s+)?(?:[\w\-]+\s+){0,2}?(?:troops|forces|soldiers|peacekeepers)\b)"
                      r"|\bdeclared\b(?=[^.;]{0,60}\bpersona non grata\b)"),
    # "Pena Nieto canceling a White House visit": relations reduced (PLOVER's gold codes a cancelled visit SANCTION)
    ("160", "active", r"\b(?:cancel(?:l?ed|l?ing|s)|called off|postponed)\b(?=\s+(?:a|an|his|her|the|their|its)\s+(?:planned\s+|scheduled\s+|official\s+|state\s+)?"
                      r"(?:(?-i:[A-Z])[\w\-]*\s+){0,2}(?:visit|trip)\b)"),
    # "Niger's military rulers revoked defence agreements with France": relations reduced
    ("160", "active", r"\b(?:revoked|scrapped|cancell?ed|terminated|renounced|tore up|denounced|suspended|froze|ended)\b(?=\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
                      r"(?:[\w\-]+\s+){0,2}?(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?)\s+with\b)"),
    # "Hungary blocked an EU statement criticising China": a veto
    ("120", "active", r"\bblock(?:ed|s|ing)\b(?=\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|resolution|decision|declaration"
                      r"|sanctions|proposal|package|motion)\b)"),
    ("054", "active", r"\b(?:restor(?:ed|es)|establish(?:ed|es)|normali[sz](?:ed|es)|resum(?:ed|es)|re-establish(?:ed|es)|upgrad(?:ed|es))\s+"
                      r"(?:their\s+|its\s+|bilateral\s+)?(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b(?:\s+with\b)?"),
    # support and cooperation offered: "Ireland will continue to support the Colombian peace process", "The United
    # States will consider working with Russia", "The UAE is interested in purchasing helicopters from Russia"
    ("050", "active", r"\bcontinu(?:e|es|ed|ing)\s+to\s+support\b(?!\s+(?:for|of|from)\b)"),
    ("030", "active", r"\b(?:consider(?:s|ed|ing)?|ready\s+to|willing\s+to|prepared\s+to|open\s+to)\s+(?:work(?:ing)?|cooperat(?:e|ing))"
                      r"\s+(?:closely\s+)?with\b"
                      r"|\binterested\s+in\s+(?:purchasing|buying|acquiring|importing|cooperating\s+with|working\s+with)\b"),
    ("050", "active", r"\bratified\s+(?:its|their|his|her)\s+(?:[\w\-]+\s+)?(?:accession|membership|bid)\b"),  # "Hungary ratified its accession"
    ("050", "active", r"\b(?:approved|ratified|backed|endorsed|supported)\b(?=\s+(?:[\w\-]+\s+){0,3}?[\w\-]+['’]s\s+"
                      r"(?:[\w\-]+\s+){0,2}?(?:bid|membership|accession|application|candidacy)\b)"),
    ("062", "active", r"\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|acquire[sd]?|acquiring)\s+(?:[\w\-,.]+\s+){0,3}?(?:missiles|jets|fighters"
                      r"|tanks|weapons|arms|drones|submarines|warships|frigates|helicopters|air defen[cs]e systems?|S-400s?)\s+from\b"
                      r"|\b(?:approved|authori[sz]ed|cleared)\s+(?:the\s+|a\s+)?(?:possible\s+)?(?:sale|delivery|transfer)s?\s+of\b"
                      r"|\bsold\b(?=\s+(?:[\w\-]+\s+){0,3}?(?:weapons|arms|jets|missiles|tanks|drones|systems)\s+to\b)"
                      r"|\b(?:announced|approved|agreed)\s+(?:a\s+|the\s+)?(?:new\s+|\$[\d.,]+\s*\w*\s+)?arms\s+(?:sales?|deals?|packages?)\s+(?:to|with)\b"),
    ("192", "active", r"\bannex(?:ed|es|ing)\b"),  # "Russia annexed Crimea" (CAMEO 192 occupy territory)
    # "The Indian and Chinese armies completed disengagement at two friction points": a mutual pull-back
    ("087", "active", r"\b(?:completed|began|started|agreed on|finished)\s+(?:the\s+)?disengagement\b"),
    ("0874", "active", r"\bwithdr(?:ew|aws|awn|awing)\s+(?:its\s+|their\s+|all\s+|the\s+)?(?:[\w\-]+\s+)?(?:troops|forces|soldiers)\s+from\b"),
    ("075", "active", r"\bgrant(?:ed|s|ing)?\s+(?:political\s+)?asylum\s+to\b(?!\s+(?:remain|stay|live)\b)"),  # "Ecuador granted asylum to ..."
    ("1711", "active", r"\b(?:seized|impounded|confiscated)\b(?=\s+(?:[\w\-]+\s+){0,4}?(?:tankers?|ships?|vessels?|boats?|aircraft"
                       r"|plane|assets|property|cargo)\b)"),
    ("172", "active", r"\b(?:bar(?:red|s|ring)?|banned|block(?:ed|s|ing)?|prevent(?:ed|s|ing)?)\b(?=\s+(?:[\w\-'’]+\s+){0,5}?from\s+(?:landing|entering"
                      r"|campaigning|holding|speaking|visiting|taking|leaving|attending|travel\w*|returning)\b)|(?<!\bbeing )(?<!\bbeen )(?<!\bbe )\bdenied\s+(?:\w+\s+)?entry\b"),
    # "declared martial law", "imposed a curfew in parts of Manipur": at home
    ("1724", "active", r"\b(?:declared|declares|imposed|imposes|announced|introduced|extended)\s+(?:an?\s+|the\s+)?"
                       r"(?:nationwide\s+|national\s+|nighttime\s+|night\s+|24-hour\s+|[\w\-]+-day\s+|partial\s+)?"
                       r"(?:state of emergency|martial law|curfew|emergency rule)\b"),
    # "Deripaska was denied entry to the United States": the country that refused him acts
    ("172", "by", r"\b(?:was|were|has been|had been|is|are)\s+(?:being\s+)?(?:denied|refused)\s+(?:entry|a visa|visas|access)\s+(?:to|into)\b"),
    ("172", "active", r"\bclos(?:e|ed|es|ing)\s+(?:all\s+)?(?:its\s+|the\s+|their\s+)?(?:[\w\-]+\s+){0,4}?(?:border|borders|airspace|crossings?)\s+(?:with|to)\b"
                      r"|\b(?:suspended|banned|blocked|halted)\s+(?:the\s+)?(?:broadcasts?|transmissions?)\s+of\b"
                      r"|\bordered\s+(?:the\s+)?(?:closure|shutdown|closing)\s+of\b"
                      r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )"  # "should be denied access": agentless
                      r"\b(?:restrict|block|den(?:y|ie))(?:ed|s|ing|d)?\s+(?:[\w\-]+\s+)?(?:transit|travel|access|entry|flights)\s+(?:to|from|for|of)\b"),
    # "Chinese coast guard ships blocked Philippine vessels"
    ("191", "active", r"\bblock(?:ed|s|ing)\b(?=\s+(?:[\w\-]+\s+){0,2}?(?:vessels?|ships?|boats?|convoys?|resupply|trucks)\b)"),
    ("175", "active", r"\b(?:fired|used|using)\s+(?:tear gas|rubber bullets|water cannons?|stun grenades)\b"),
    ("193", "active", r"\bclash(?:ed|es)\b|\b(?:exchanged|traded|exchanging|trading)\s+(?:[\w\-]+\s+)?(?:fire|gunfire|shots)\b"),
    ("085", "active", r"\b(?:eas(?:ed|e|es)|lift(?:ed|s)?|relax(?:ed|es)?)\b(?=\s+(?:\w+\s+)?(?:sanctions|embargo)\b)"
                      r"|\b(?:lift(?:ed|s)?|scrapped|removed|ended)\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+)?(?:ban|embargo|tariffs?)\s+on\b"),  # economic: PLOVER RETREAT
    # "North Korea returned the remains of 55 American soldiers"; "The US and Russia exchanged prisoners"
    ("084", "active", r"\b(?:returned|handed over|repatriated)\s+(?:the\s+)?(?:remains|bodies)\s+of\b"
                      r"|\b(?:returned|handed\s+(?:back|over)|repatriated)\s+(?:[\w\-,]+\s+){0,4}?(?:artefacts|artifacts|relics|treasures"
                      r"|objects|prisoners|detainees|hostages|children|remains)\s+to\b"
                      r"|\b(?:exchanged|swapped|traded)\s+(?:[\w\-]+\s+)?(?:prisoners|detainees|captives|bodies|prisoners of war)\b"),
    ("080", "active", r"\b(?:backed|backs|backing)\s+down\b|\bcaved\s+in\b"),  # "Petro backed down and accepted the flights"
    # "Moscow would ease the visa regime for Georgians"
    ("081", "active", r"\b(?:eas(?:e|es|ing)|lift(?:s|ing)?|relax(?:es|ing)?|simplif(?:y|ies|ied|ying))\s+(?:the\s+|its\s+)?visa\s+(?:regime|requirements|rules|restrictions)\s+for\b"),
    ("081", "active", r"\b(?:eased|lifted|relaxed)\b(?=\s+(?:\w+\s+){0,2}?(?:restrictions|curbs|controls)\b)"
                      r"|\b(?:cancell?ed|abolished|scrapped|waived|lifted)\s+(?:the\s+)?visa\s+(?:regime|requirements?)?\s*(?:for|with)\b"
                      r"|\breopen(?:ed|s|ing)?\b(?=\s+(?:of\s+)?(?:[\w\-]+\s+){0,3}?(?:border|crossings?|embassy|consulate|airspace|ports?)\b)"),
    ("0841", "active", r"\bpardoned\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?-i:[A-Z]))|\b(?:released|freed|pardoned)\b(?=\s+(?:\w+\s+){0,4}(?:prisoners?|hostages?|detainees?|captives?|soldiers?|sailors?|pilots?"
                       r"|fishermen|crew|citizens?|nationals?|journalists?|reporters?|aid workers?)\b)"
                       # "Venezuela freed six Americans": people of another country, by their demonym
                       r"|\b(?:released|freed)\b(?=\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of)\s+"
                       r"(?:(?:detained|jailed|imprisoned|captured|abducted|kidnapped|wrongfully detained)\s+)?"  # "six detained Americans"
                       r"(?-i:[A-Z])[a-z]+(?:ans|ese|is|s)\b)"),
    ("062", "active", r"\bjointly\s+(?:develop|build|produce|manufacture|design)\b"),
    # "Moscow and Beijing will continue to coordinate their positions on the Korean Peninsula"
    ("060", "active", r"\bcoordinat(?:e|ed|es|ing)\s+(?:their\s+|its\s+|our\s+|closely\s+)?(?:positions|efforts|actions|policies|steps|approaches)\b"),  # "India and France will jointly develop a jet engine"
    # "China held large-scale military drills around Taiwan": a show of force aimed at a neighbour
    ("150", "active", r"\b(?:held|hold|holds|holding|stag(?:ed|es|ing)|conduct(?:ed|s|ing)|launch(?:ed|es|ing)|beg[au]n)\s+(?:[\w\-]+\s+){0,3}?"
                      r"(?:drills|exercises|manoeuvres|maneuvers|war games)\s+(?:around|near|off|close to|encircling)\b"),
    ("060", "active", r"\b(?:stepped up|step(?:s|ping)? up|expanded|deepened|boosted|strengthened)\s+(?:their\s+|its\s+|bilateral\s+)?"
                      r"(?:\w+\s+)?cooperation\s+with\b"  # "Finland and Sweden have stepped up their military cooperation with US"
                      r"|\b(?:cooperat|collaborat)(?:e|ed|es|ing) (?:closely )?with\b|\b(?:team(?:ed|s|ing)? up|partner(?:ed|ing)|joined forces) with\b|\bwork(?:ed|s|ing)? (?:very )?(?:closely|together) with\b|\bcontinu(?:e|es|ed|ing) to work (?:closely )?with\b|\bjoint (?:military )?(?:exercises?|patrols?|operations?) with\b"
                      r"|\b(?:held|hold|holds|holding|conduct(?:ed|s|ing)?|stag(?:ed|es|ing)|began|launched)\s+(?:a\s+|their\s+|the\s+)?(?:[\w\-]+\s+){0,2}?joint\s+"
                      r"(?:[\w\-]+\s+){0,2}?(?:exercises?|drills?|patrols?|manoeuvres|maneuvers)\b"
                      # "the joint drills of the Russian Airborne Force and the Belarusian Special Operations Forces"
                      r"|\bjoint\s+(?:military\s+|naval\s+|air\s+|anti-terror\w*\s+)?(?:drills|exercises|war games|patrols|manoeuvres)\s+(?:of|between)\b"
                      # "is leading a project with Russia to develop forest resources"
                      r"|\b(?:lead(?:s|ing)?|led|launch(?:ed|es|ing)|implement(?:ed|s|ing)|start(?:ed|s|ing))\s+(?:a|an|the)\s+(?:joint\s+)?"
                      r"(?:[\w\-]+\s+){0,2}?projects?\s+with\b"),
    ("060", "active", r"\bhelp(?:ed|s|ing)\b(?=\s+(?:[\w\-]+\s+){1,3}?(?:to\s+)?(?:build|construct|develop|modernize|modernise"
                      r"|rebuild|restore|train|equip|fight|defeat)\b)"),  # "Russia helped Iran build a power unit"
    ("063", "active", r"\bhanded\s+over\s+(?:[\w\-]+\s+){0,3}?(?:nationals|citizens|suspects|fugitives|prisoners|men|women)\b(?=[^.;]{0,60}\bto\b)|\bextradit(?:ed|es|ing)\b|\b(?:ordered|approved|authori[sz]ed|allowed)\s+(?:the\s+)?extradition\s+of\b"),  # "Serbia has extradited to Russia Timur Emirbekov"
    # "About 1,200 Romanian and US servicemen will take part in the drills"
    ("062", "active", r"\b(?:take|took|taking|takes)\s+part\s+in\s+(?:the\s+|a\s+|joint\s+)*(?:[\w\-]+\s+){0,2}?(?:drills|exercises|war games|manoeuvres)\b"),
    ("064", "active", r"\bshared (?:intelligence|information) with\b"
                      r"|\bexchang(?:ed|es|ing|e)\s+(?:intelligence|information|data)\b"),  # "Moscow and Cairo have been exchanging information"
    ("152", "active", r"\brais(?:ed|es|ing)\s+(?:its\s+|the\s+|their\s+)?(?:military\s+|combat\s+|security\s+|terror\s+)?(?:alert|readiness)"
                      r"(?:\s+levels?)?\b"),  # "Taiwan raised its military alert level"
    ("154", "active", r"(?:(?<=army )|(?<=military ))deployed\s+(?:along|to|in|near|on)\b"  # "Lebanon's army deployed along"
                      r"|\b(?:approved|ordered|announced|authori[sz]ed)\s+(?:the\s+)?deployment\s+of\b"
                      r"|\b(?:announced|ordered|declared)\s+(?:a\s+|the\s+)?(?:partial\s+|general\s+|full\s+)?mobili[sz]ation\b"
                      r"|\bmobili[sz](?:ed|es|ing)\s+(?:[\w\-,]+\s+){0,2}?(?:troops|reservists|forces|soldiers|army)\b"),
    # "Britain will send Challenger 2 tanks to Ukraine": arms to another country are military aid
    ("072", "active", r"\b(?:send|sends|sending|sent|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|transferr?(?:ed|ing|s)?"
                      rf"|donat(?:e|es|ed|ing)|hand(?:ed|s|ing)? over)\s+(?:[\w\-,.]+\s+){{0,3}}?(?:{_ARMS}"
                      r"|long-range missiles|weapons|arms)\s+to\b"
                      # "Germany will supply Ukraine with an additional Patriot air defence system"
                      r"|\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|arm(?:s|ed|ing)?)\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?"
                      rf"\s+with\s+(?:[\w\-,]+\s+){{0,4}}?(?:{_ARMS}|missiles|weapons|arms|drones)\b)"),
    ("154", "active", r"\b(?:deploy(?:ed|s|ing)?|send(?:s|ing)?|sent|massed|moved|dispatched|dipatched|scrambled)\b(?=\s+(?:[\w,.\-]+\s+){0,3}"
                      r"(?:troops|warships|soldiers|forces|jets|fighters|bombers|aircraft|ships|submarines|missiles|battery|batteries"
                      r"|battalions?|brigades?|marines|paratroopers|units|advisers|artillery)\b"
                      # "sent two navy ships carrying humanitarian aid to Cuba": aid on board, no show of force
                      r"(?!\s+(?:carrying|loaded with|laden with|with)\s+(?:[\w\-]+\s+){0,2}?(?:aid|supplies|food|medicines?|relief)\b))"
                      r"|\b(?:deploy(?:ed|s|ing)?|station(?:ed|s|ing)?)\s+(?:[\w\-]+\s+){0,2}?(?:nuclear\s+)?weapons\s+(?:to|in|into|on)\b"),
    ("143", "active", r"\bboycott(?:ed|s|ing)\b(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:conference|summit|meeting|games"
                      r"|olympics|elections?|ceremony|talks|session|vote|inauguration|parade|forum)\b)"),  # a boycott of a gathering
    ("163", "active", r"\bfr(?:oze|eezes|eezing|ozen)\s+(?:the\s+)?(?:[\w\-]+['’]s?\s+)?(?:[\w\-]+\s+)?assets(?:\s+of)?\b"),  # "froze assets of Russian individuals"
    ("163", "active", r"\b(?:placed|plac(?:es|ing)|put)\b(?=\s+(?:(?:new|fresh|more|further|additional|tough|tougher|sweeping)\s+)?sanctions\s+on\b)"),
    # "comparing the Dutch government to Nazis"
    ("111", "active", r"\bcompar(?:ed|es|ing)\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-'’]*\s+(?:[\w\-'’]+\s+){0,3}?(?:to|with)\s+(?:the\s+)?(?:Nazis?|Nazism|Hitler|fascis\w+|Gestapo)\b)"),
    ("163", "active", r"\b(?:impos\w+|reinforced|tightened|extended|slap(?:ped|ping|s)?|retaliat(?:ed|es|ing)\s+with|levied|joined)\b(?=(?:[^.;]|\.\d){0,40}\b(?:sanctions|embargo|penalties"
                      r"|tariffs?|(?:economic |trade )?measures against|(?:travel|visa|entry|import|export) (?:bans?|restrictions)|export controls"
                      r"|counter-?measures|counter-?sanctions|retaliatory measures"
                      r"|(?:export|import|trade) restrictions)\b)|\bsanction(?:ed|ing)\b|\bblacklist(?:ed|ing|s)\b"
                      r"|\bsanctions\s+(?:imposed|levied|slapped)\s+(?:on|against)\b"
                      r"|\b(?:end|ended|ends|ending|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?)\s+(?:the\s+|its\s+)?"
                      r"visa-free\s+(?:travel|regime|entry|arrangements?)\s+(?:for|with)\b"
                      r"|\bboycott(?:ed|s|ing)\b|\bblocked\b(?=\s+(?:[\w\-]+\s+){0,2}?(?:films|goods|imports|products|exports|broadcasts|websites)\b)"
                      r"|(?:\bban(?:ned|ning|s)|(?<=to |ll )ban|(?<=would )ban|(?<=could )ban)\b(?=\s+(?:[\w\-]+\s+){0,4}?(?:imports?|exports?|exported|flights|entry|travel|visas?)\b)"),
    ("071", "active", r"\b(?:forg(?:ave|ives|iven|iving)|wr(?:ote|ites|itten|iting)\s+off|write\s+off)\b"
                      r"(?=\s+(?:[\w\-,.%'’]+\s+){0,6}?debts?\b)"),  # "Russia forgave 90 percent of Cuba's Soviet-era debt"
    # "Russia shipped 50,000 tonnes of free grain to Somalia"; "Turkey sent search and rescue teams to Morocco"
    ("073", "active", r"\b(?:suppl(?:y|ies|ied|ying)|shipped|ships|shipping|deliver(?:s|ed|ing)?|sen(?:t|d|ds|ding)|airlift(?:ed|s)?)\s+"
                      r"(?:[\w\-,.]+\s+){0,4}?(?:free|humanitarian|donated|relief)\s+(?:[\w\-]+\s+){0,2}?(?:grain|wheat|food|fuel"
                      r"|supplies|aid|medicines?|medical supplies|vaccines?|tents|goods)\s+to\b"
                      r"|\bsen(?:t|d|ds|ding)\s+(?:[\w\-]+\s+){0,4}?(?:rescue\s+teams?|rescuers|medical\s+teams?|doctors|relief\s+teams?)\s+to\b"
                      # "delivered 25,000 tonnes of wheat to Zimbabwe free of charge"
                      r"|\b(?:suppl(?:y|ies|ied|ying)|shipped|ships|shipping|deliver(?:s|ed|ing)?|sen(?:t|d|ds|ding)|donated)\s+"
                      r"(?:[\w\-,.]+\s+){0,4}?(?:grain|wheat|food|fuel|oil|diesel|fertili[sz]ers?|medicines?|vaccines?)\s+to\b"
                      r"(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+(?:free of charge|for free|as (?:humanitarian )?aid"
                      r"|to (?:ease|help|alleviate|relieve|tackle|overcome)\b))"),  # "shipped oil to Cuba to ease the island's energy crisis"
    ("061", "active", r"\b(?:suppl(?:y|ies|ied|ying)|shipped|ships|shipping|deliver(?:s|ed|ing)?)\s+(?:[\w\-,.]+\s+){0,4}?(?:oil|gas|fuel"
                      r"|wheat|grain|electricity|coal|LNG)\s+to\b"
                      r"|\bsuppl(?:y|ies|ied|ying)\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+with\s+(?:[\w\-,]+\s+){0,3}?"
                      r"(?:oil|gas|fuel|wheat|grain|electricity|coal|LNG)\b)"  # "Russia will supply Cuba with fuel"
                      r"|\binvest(?:s|ed|ing)?\s+(?:\$?[\d.,]+\s+\w+\s+)?in\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"),  # "Russia will supply oil to Cuba"
    ("072", "active", r"\b(?:supplied|supplies|supplying|provided|provides|providing|delivered|sent|sold)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:weapons|arms|weaponry|missiles|military equipment|military aid|ammunition)\s+to\b"),  # "Iran supplied weapons to"
    # "handed out 13.5 tonnes of food at a refugees camp near Manbij"
    ("073", "active", r"\b(?:handed out|distributed|delivered)\s+(?:[\w\-.,]+\s+){0,4}?(?:food|humanitarian aid|humanitarian supplies"
                      r"|medical supplies|medicines|aid)\s+(?:to|in|at|near)\b"),
    # "The Russian Center for Reconciliation carried out five humanitarian missions in the Aleppo Governorate"
    ("073", "active", r"\b(?:carried out|conducted|delivered|sent)\s+(?:[\w\-]+\s+){0,2}?humanitarian\s+(?:missions?|operations?"
                      r"|convoys?|deliveries|shipments?)\s+(?:in|to)\b"),
    ("073", "active", r"\brescued\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:crew|passengers|migrants|refugees|sailors|fishermen|hostages"
                      r"|nationals|citizens|survivors)\b)"),  # "The Indian navy rescued the crew of a Liberian-flagged ship"
    ("033", "active", r"\b(?:offered|offers|pledged|pledges|promised|promises)\s+to\s+(?:help|assist|provide|supply|send|give)\b"),
    ("030", "active", r"\b(?:offered|offers|proposed)\s+to\s+(?:buy|purchase|acquire|sell)\b"),  # "Saudi Arabia had offered to buy Russian air defence systems"
    ("070", "active", r"\b(?:announced|unveiled)\b(?=(?:[^.;]|\.\d){0,40}\b(?:aid|assistance)\b)"),  # "a new $2 billion aid package for"
    ("070", "active", r"\bcontinu(?:e|es|ed|ing)\s+to\s+help\b(?=\s+(?-i:[A-Z]))"
                      r"|\b(?:provided?|provides|providing|send|sends|sending|sent|delivered|donated|pledged|granted|gave|give|offered"
                      r"|approved|extend|extends|extended|allocated)\b(?!(?:[^.;]|\.\d){0,30}\b(?:reward|bounty|prize)\b)"
                      r"(?=(?:[^.;]|\.\d){0,40}(?:\b(?:aid|assistance|supplies|donations?|loans?|credits?|funds|funding|million|(?:air|military|logistical|financial)\b(?:\s+and\s+other)? support"
                      r"|billion|to help)\b|\$))"),
    ("130", "active", r"\bthreat(?:en|ened|ens|ening)\b"),
    # "protested in Yerevan on Sunday against": a place and a day may come between
    ("140", "active", r"\b(?:protest(?:ed|ing|s)?|rallied|marched|demonstrated)\s+"
                      rf"(?:(?:in\s+[A-Z][\w\-]+|on\s+(?:{_WHEN})[\w,]*|again|peacefully)\s+){{0,2}}"
                      r"(?:against|outside|over|in front of)\b"
                      r"|\bstaged\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:march|protest|rally|demonstration|sit-in|strike)s?\b"
                      r"|\bdemonstrat(?:ed|ions?)\s+against\b"
                      rf"|\bmarched\s+on\b(?!\s+{_WHEN}\b)"
                      r"|\b(?:marched|rallied|protested)\s+(?:to|at)\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:embassy|consulate"
                      r"|liaison office|mission|headquarters)\b)"),
    # "the US has brought criminal charges against Russian officials"
    ("173", "active", r"\b(?:brought|brings|bring|filed|files|pressed|presses|laid)\s+(?:[\w\-]+\s+){0,2}?charges\s+against\b"),
    # not a participle before its noun: "released six detained Americans", "the jailed journalists"
    ("173", "active", r"(?<!\ba )(?<!\ban )(?<!\b(?:the|two|six|ten) )(?<!\b(?:four|five|nine) )(?<!\b(?:three|seven|eight) )"
                      r"(?<!\d )(?<!\bseveral )(?<!\bdozens of )"
                      r"\b(?:arrested|detained|jailed|imprisoned|ousted|deposed|indicted|sentenced)\b"
                      r"|\bexecuted\b(?=\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w\-]+\s+){0,2}?(?:man|woman|men|women|prisoners?"
                      r"|people|citizens?|nationals?|dissidents?|protesters?|activists?|journalists?|spies|spy|(?-i:[A-Z])))"
                      r"|\b(?:made|carried out)\s+(?:[\w\-]+\s+){0,2}?(?:arrests|detentions)\s+of\b"  # "made mass arrests of"
                      r"|\b(?:ordered|issued)\s+(?:the|an?)\s+(?:arrest|detention)\s+(?:warrant\s+)?(?:of|for)\b"),  # "ordered the arrest of"
    ("174", "active", r"\b(?:expelled|deported)\b"),
    ("181", "active", r"\b(?:hijacked|kidnapped|abducted)\b"),  # "Pirates in Somalia have hijacked an oil tanker"
    ("186", "active", r"\bassassinat(?:ed|es|ing)\b"),
    ("195", "active", r"\b(?:air\s?strikes?|air raids?|aircraft|warplanes|jets|drones?)\s+(?:struck|hit|pounded|bombed"
                      r"|targeted)\b|\b(?:carried out|launched|conducted)\s+(?:\w+\s+)?(?:air\s?strikes?|air raids?)\b"
                      r"|\b(?:carried out|launched|conducted)\s+(?:\w+\s+){0,2}?strikes?\s+(?:on|against)\b"
                      r"|\b(?:launch|start|begin|began|begun)(?:ed|s|ing)?\s+(?:an?\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?(?:air|bombing)\s+campaign\s+(?:against|in|on)\b"),
    ("171", "active", r"\b(?:stormed|raided)\b(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:embassy|consulate|mission)\b)"),  # "police stormed the Mexican embassy"
    ("190", "active", r"(?:(?<=army )|(?<=troops )|(?<=forces )|(?<=soldiers ))(?:entered|crossed into|moved into|advanced into|pushed into)\b"
                      r"(?!\s+(?:the\s+|a\s+)?(?:conflict|war|fray|talks|negotiations|race|market|service|exile)\b)"),
    # "German police raided the offices of a Russian bank": a search, not an assault
    ("171", "active", r"(?<=police )raided\b|(?<=officers )raided\b|(?<=agents )raided\b|(?<=investigators )raided\b"
                      r"|(?<=prosecutors )raided\b|(?<=authorities )raided\b"),
    # "Ukraine said it had repelled Russian attacks"
    ("190", "active", r"\b(?:repel(?:led|s|ling)|repulsed|fended off|beat back)\b(?=\s+(?:[\w\-]+\s+){0,3}?(?:attacks?|assaults?|offensives?"
                      r"|advances?|incursions?|raids?)\b)"),
    # "Chinese fighter jets intercepted a US reconnaissance plane"
    ("191", "active", r"\bintercept(?:ed|s|ing)\b(?=\s+(?:[\w\-]+\s+){0,3}?(?:planes?|aircraft|jets?|bombers?|ships?|vessels?|drones?"
                      r"|boats?|flotilla|shipments?|cargo|consignments?)\b)"),
    # "a ballistic missile fired by the Houthis toward Riyadh": the firer after "by", the target after "toward"
    ("190", "by", r"\b(?:missiles?|rockets?|drones?|shells?)\s+(?:fired|launched)\s+by\b"
                  r"|\b(?:air\s?strikes|airstrikes|strikes|raids|bombings)\s+(?:on|against)\s+(?:[\w\-'’]+\s+){0,4}?(?:carried out|conducted|launched)\s+by\b"),
    # "North Korea test-fired a ballistic missile": a show of force (CAMEO 150), not an attack
    ("150", "active", r"\btest[\s\-]?(?:fired|fires|firing|launched|launches|launching)\b"
                      r"|\b(?:tested|launched)\s+(?:an?\s+|two\s+|three\s+|several\s+|a\s+new\s+)?(?:[\w\-]+\s+){0,2}?"
                      r"(?:ballistic|cruise|hypersonic|intercontinental)\s+missiles?\b(?!\s+(?:at|on|against|toward|towards)\b)"
                      # "North Korea fired two ballistic missiles into the Sea of Japan": into the sea, at no one
                      r"|\bfired\s+(?:[\w\-]+\s+){0,3}?(?:missiles?|rockets?)\s+(?:into|over|off)\s+(?:the\s+)?"
                      r"(?:sea|waters|ocean|Sea\s+of|East\s+Sea|(?-i:[A-Z])[\w\-]*\s+(?:Sea|Ocean))\b"),
    # "The Houthis claimed responsibility for a drone attack on Saudi oil facilities"; "ordered a retaliatory strike on Israel"
    # "claimed responsibility for last Monday's suicide attack targeting police"; "carried out waves of air strikes on"
    ("190", "active", r"\bclaimed\s+responsibility\s+for\s+(?:the\s+|an?\s+|two\s+|three\s+|[\w\-]+['’]s\s+|last\s+[\w\-]+['’]s\s+)?"
                      r"(?:[\w\-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|assaults?|strikes?|killings?)\b"
                      r"|\bcarried out\s+(?:[\w\-]+\s+){0,3}?(?:air\s?strikes|airstrikes|strikes|raids|bombings|attacks|sorties"
                      r"|combat\s+(?:flights|missions))\s+(?:[\w\-]+\s+){0,4}?(?:on|against|in|to|over)\b"),
    # "The Houthis said they had targeted a US aircraft carrier in the Red Sea"
    ("190", "active", r"\btargeted\b(?=\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w\-]+\s+){0,3}?(?:ships?|vessels?|carriers?|destroyers?"
                      r"|bases?|airports?|convoys?|positions?|targets|facilit(?:y|ies)|troops|forces|refiner(?:y|ies)|infrastructure)\b)"),
    ("190", "active", r"\bclaim(?:ed|s)\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:attack|strike|bombing)s?\s+on\b"  # "The Houthis claimed an attack on"
                      r"|\bclaim(?:ed|s|ing)\s+responsibility\s+for\b(?=\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:attacks?|bombings?"
                      r"|strikes?|assaults?|explosions?|blasts?|killings?|shootings?|raids?)\b)"
                      r"|\bordered\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:strikes?|attacks?|offensive|bombing|invasion|assault)\s+(?:on|against)\b"
                      r"|\b(?:blew|blown)\s+up\b"),
    ("190", "active", r"\bambush(?:ed|es|ing)\b(?=\s+(?:[\w\-]+\s+){0,3}?(?:troops|soldiers|forces|convoys?|patrols?|police|army)\b)"),
    ("190", "active", r"\b(?:attacked|bombed|bombarded(?!\s+with\s+(?:[\w\-]+\s+)?(?:messages|questions|calls|criticism|e-?mails|letters"
                      r"|complaints|requests|propaganda|offers))|struck(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:deal|agreement|accord|chord|note|balance|tone|compromise|pose|nerve|match))|shelled|pounded|invaded|overran|drove out|recaptured|retook|launched (?:an?|its|their|the) (?:[\w\-]+ ){0,4}?(?:offensive|assault|attack|operation|incursion)s? (?:on|against|into)|launched (?:the |a |its )?(?:military |ground )?[Oo]peration (?:(?-i:[A-Z])[\w\-]* ){1,3}|launched (?:an?|its|their) (?:[\w\-]+ ){0,2}?offensive|raided|airstrikes? (?:on|against)|killed|shot down|shot dead"
                      r"|fired (?:[\w\-]+ ){0,2}?(?:missiles?|rockets?|shells) (?:at|into|on|over|toward|towards)|opened fire (?:on|at)"
                      rf"|(?<!is )(?<!was )(?<!were )(?<!been )(?<!be )(?:fired (?:across|at|upon)|fired on(?! {_WHEN})))\b"),
    # "The European Commission advised the Romanian government against backtracking"
    ("100", "active", r"\badvised\b(?=\s+(?:the\s+)?(?-i:[A-Z])(?:[\w\-]+\s+){1,3}?(?:against|not\s+to)\b)"),
    ("100", "active", r"\b(?:want|expect)(?:s|ed)\b(?=\s+(?:the\s+(?=United\s+States\b|US\b|UK\b|EU\b))?(?-i:[A-Z])[\w\-.]*(?:\s+(?-i:[A-Z])[\w\-.]*){0,3}\s+to\s)|\b(?:urg(?:ed|es|ing)|called (?:for|on)|appealed to|requested|(?:made|sent|submitted|issued|delivered|lodged)\s+(?:[\w\-]+\s+){0,3}?(?:appeals?|requests?)\s+(?:to|for)(?![\s\-]+proposals)|(?<!when )(?<!if )(?<!as )asked|demanded)\b"
                      r"|\bpress(?:ed|es|ing)\b(?=\s+(?:the\s+)?(?-i:[A-Z])(?:[\w\-'’]+\s+){0,3}?(?:to|for)\b)"),  # "Washington pressed Beijing to"
]
#: all predicates in one pass: at each position the first entry of LEXICON that matches wins
#: (the leading \b lets the engine skip positions inside words before trying 50 alternatives)
_ANY = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, (_, _, p) in enumerate(LEXICON)) + ")", re.I)
#: the same matches, trying per sentence only the entries whose opening words it has (7x faster)
TRIGGERS = TriggerIndex([p for _, _, p in LEXICON])
ASKED_FOR = re.compile(r"\b(?:called for|calls for|calling for|urged|demanded|proposed|requested)\s+(?:an?\s+|the\s+|new\s+)?"
                       r"(?:[\w\-]+\s+){0,2}$", re.I)
#: a condition or a question, not an act: "if the Scottish parliament supports", "asked whether Russia had met"
CONDITION = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w\-'’]+\s+){0,6}?(?:(?:has|have|had|is|are|was|were|will|would)\s+)?$",
                       re.I)
#: a condition after a future sanction or use of force: "would impose sanctions on X if ..."
IF_AFTER = re.compile(r"[^.;]{0,120}?\b(?:if|unless|should\s+(?:it|they|he|she)|in case)\b", re.I)
#: "banning citizens of six countries from travelling to the US": prevented, not done
BARRED_FROM = re.compile(r"\bfrom\s+$", re.I)
#: what someone should or must do is an opinion or a demand, not an act: "the UN should condemn the acts"
OUGHT = re.compile(r"\b(?:should|must|ought to|needs? to|have to|has to)\s+(?:(?:also|not|still|now|first|rather)\s+)?$", re.I)
#: "having signed no peace treaty": a predicate whose object is "no ..."
NO_OBJECT = re.compile(r"\s+no\s+(?!(?:less|more|later|longer)\b)", re.I)
#: an agreement or support someone says they will not give: "would not sign the pact"
WILL_NOT = re.compile(r"\b(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t|(?:has|had|have)\s+no\s+(?:plans?|intention)\s+to)"
                      r"\s+(?:\w+ly\s+)?$", re.I)  # "Putin had no plans to speak with Zelenskiy"
#: "A meeting between the defence ministers of India and Pakistan is not planned": a refusal
NOT_PLANNED = re.compile(r"[^.;,]{0,80}?\b(?:is|are|was|were)\s+not\s+(?:planned|expected|scheduled|foreseen|on the agenda)\b")
#: what a leader was told he should do: a request
TOLD_SHOULD = re.compile(r"[^.;]{0,60}?\bthat\b[^.;]{0,80}?\b(?:should|must|needs? to|needed to|has to|had to|ought to)\b")
#: "did not meet", "had not yet held official contacts with" (not "not only met")
NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|denied|denies|denying)\s+(?!only\b)"
                      r"(?!(?:\w+\s+)?(?:shied|shies|shy|shrank|hesitated|hesitates|hesitate)\b)(?:\w+\s+){0,3}$", re.I)
# ("has never shied from criticizing Trump", "did not hesitate to condemn": done, not denied)
#: a denied claim holds no event: "Moscow denied that its jets had struck a hospital"
DENIED_THAT = re.compile(r"\b(?:denied|denies|deny|denying|rejected|dismissed)\s+(?:the\s+)?(?:claims?\s+|reports?\s+|allegations?\s+"
                         r"|accusations?\s+)?that\s+(?:[\w'’\-]+\s+){0,7}$", re.I)
FUTURE = re.compile(r"\b(?:will|would|shall|plans? to|planning to|intends? to|expected to|to hold|next meeting"
                    r"|in the coming|upcoming|(?<!than )(?<!not )(?<!be )forthcoming|interest in holding|preparations? (?:of|for)|preparing (?:for|a)"
                    r"|possibility of|possible|potential|proposed|planned|scheduled|preparing to|prepares to|set to|(?:is|are) to"
                    r"|ahead of (?:his|her|their|its|the|a)|tomorrow|(?:the|his|her|their|a) coming|next (?:week|month|year)['’]s"
                    r"|(?:is|are) going (?:to|on)|due in|(?:was|were|is|are) due to|(?:prepared|ready|willing) to(?: continue)?"
                    r"|look(?:s|ing)? forward to|hopes to)\b",
                    re.I)
#: a gathering of the subject's own that a "will" earlier in the clause puts ahead: "Mr Tillerson and Mr Kelly will
#: probably also face questions about the new guidelines in their meeting with Mexican President Enrique Pena Nieto"
POSSESSED_GATHERING = re.compile(r"(?i:meeting|talks|visit)(?:\s+(?:with|to))?")
WILL_MAKE = re.compile(r"\b(?:will|would|is to|are to|plans to)\s+(?:make|pay|hold|have|undertake|conduct)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
                       r"[^.;:\"“”]{0,60}$")
WILL_IN_CLAUSE = re.compile(r"\b(?:will|would)\b[^.;,:\"“”]*\b(?:their|his|her|its)\s+(?:[\w\-]+\s+)?$")
#: an event something else comes before: "ahead of US Secretary of State Rex Tillerson's first official visit"
AHEAD_OF_POSSESSOR = re.compile(r"\bahead of\s+(?:[\w.\-]+\s+){0,6}?[\w\-]+['’]s\s+(?:\w+\s+){0,3}$", re.I)
#: a possibility just before the predicate: "Lavrov and Tillerson may meet" (not "Theresa May", "the meeting, may go")
MAY_BEFORE = re.compile(r"\b(?:may|might|could)\s+(?!have\b)(?:\w+\s+){0,2}$")
#: an event the rest of its clause puts in the future: "a meeting ... is not ruled out", "talks are planned for May"
FUTURE_AFTER = re.compile(r"(?:(?!\b(?:said|says|told|who|which)\b)[^.;]){0,100}?\b(?:(?:is|are) (?:not (?:being )?ruled out|planned|scheduled|expected|being prepared)"
                          r"|(?:has|have|had) been (?:rescheduled|postponed|put off|delayed)|(?:was|were) (?:rescheduled|postponed|put off|delayed)"
                          r"|(?:will|may|might|could) (?:also )?(?:take place|be held)|in (?:the )?future)\b", re.I)
POSSESSIVE = re.compile(r"['’]s?\b")
PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:\w+\s+)?$", re.I)
OBJECT_PRONOUN = re.compile(r"^\s+(?:him|her)\b")
#: the agent after a passive: "criticized by", "sentenced to jail by a Hamburg court"
PASSIVE_BY = re.compile(r"^\s+(?:(?:to|into|in|for)\s+(?:\w+\s+){0,1}?\w+\s+)?by\b", re.I)
PRONOUN_START = re.compile(r"^\s*(?:He|She|They|The (?:minister|president|secretary|official|leader|general))\b")
#: "Putin and President-elect Trump", "Putin and his Turkish counterpart, Erdogan", "Russian-Japanese talks"
#: two countries' adjectives joined by a hyphen just before a noun of talks: "the "2+2" Russian-Japanese talks"
#: "the Russian-Japanese talks", "the US-China trade talks"
PAIR_ADJECTIVES = re.compile(r"(?:\b[A-Z][a-z]+|\b[A-Z]{2,3}|U\.S\.)[\-–][A-Z][a-z]+\s+(?:[\w+\-\"“”]+\s+)?$")
#: a side's force and the country it acted in: "A Russian airstrike in Syria", "US troops in Iraq"
FORCE_IN = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:air\s?strikes?|airstrikes?|strikes?|raids?|shelling|bombing|offensive|forces"
                      r"|troops|jets|warplanes|drones?)\s+in\s+(?:the\s+)?", re.I)
#: a country named as the side that struck, by its adjective or abbreviation ("Israeli", "US"), not as where ("a Yemen raid")
SIDE_ADJECTIVE = re.compile(r"[A-Z][\w\-]*(?:an|ese|i|ish|ch|ic|ss|eek)(?:[\-–]led)?|[A-Z]{2,}|U\.[SK]\.")
#: between criticism received and its author: "drawn criticism from human rights groups and the UN"
FROM_CRITIC = re.compile(r"\s+(?:(?:over|for)\s+[^,;.]{1,60}?\s+)?from\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:and\s+(?:the\s+)?)?", re.I)
#: a clause of its own subject after "and": "threatened to impose tariffs on imports and his top adviser accused Germany"
NEW_SUBJECT_CLAUSE = re.compile(r",?\s+(?:and|but|while)\s+(?:his|her|its|their)\s+(?:[\w\-]+\s+){1,5}?(?:[a-z]+ed|said|says)\b")
#: the one a quotation was said to: '"...," Zelensky told Russian President Vladimir Putin's envoy'
TOLD_AFTER_QUOTE = re.compile(r"[\"”],?\s+(?:[\w\-.'’]+\s+){0,6}?told\s+(?:the\s+)?")
#: requests whose object is the one asked ("urged X to ..."), not what is asked for ("demanded urgent action to protect ...")
ADDRESSEE_VERB = re.compile(r"(?i:called on|calls on|calling on|appeal(?:ed|s|ing)? to|urg(?:ed|es|ing|e)|ask(?:ed|s|ing)?)\b")
#: the infinitive after a request's object: "appealed to the international community to pressure Israel"
OBJECT_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)(?-i:[a-z])[a-z]+\b")
#: only titles and names between "told" and the one told: "told Russian President Vladimir Putin's envoy"
TOLD_TITLES = re.compile(r"(?:(?:the|his|her|its|their)\s+)?(?:(?-i:[A-Z])[\w\-'’.]*\s+){0,4}")
#: a reciprocal object: "Afghanistan and Pakistan have long accused each other"
EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b", re.I)
STRIKE_DETERMINERS = re.compile(_STRIKE_DETERMINERS, re.I)  # "an apparent", "a controversial"
SUPPORTERS = re.compile(r"\b(?:countries|states|nations|governments|(?!(?:They|We|You|I)\b)(?-i:[A-Z])[\w\-]+)\s+"
                        r"(?:(?:also|strongly|fully|firmly|still|would|will|continue to)\s+)?$")
#: lexicon entries that need these words just before the predicate, and the voice they then have
NEEDS_BEFORE = {"pair_noun": (PAIR_ADJECTIVES, "active"), "plural_subject": (SUPPORTERS, "active"),
                "progressive": (re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$"), "active"),
                "host_verb": (re.compile(r"\b(?:will|to|would|could|may|might|shall)\s+(?:\w+\s+)?$"), "host"),
                "sanctions_by": (re.compile(r"\b(?:sanctions|embargo|tariffs|bans?)\b(?:\s+[\w\-]+){0,4}\s+$"), "by"),
                "feeling": (re.compile(r"(?<!\bwe )(?<!\bWe )\b(?:is|are|was|were)\s+[\"“]?(?:(?:deeply|very|seriously|gravely"
                                       r"|extremely|greatly)\s+)?[\"“]?$"), "active")}
#: "killed six militants in North Waziristan near the Afghan border": a place near a country is not it, when
#: the act falls on a group at home
NEAR_PLACE = re.compile(r"\bnear\s+(?:the\s+)?$", re.I)
ARMED_GROUP_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:militants|rebels|insurgents|fighters|suspects|terrorists|jihadists|gunmen)\b", re.I)
#: what stands between a state and its verb: "Vietnam protested", "The Malaysian government protested"
STATE_SUBJECT = re.compile(r"\s*(?:['’]s\s+)?(?:(?:government|foreign\s+ministry|ministry|embassy|authorities|foreign\s+office)\s+)?"
                           r"(?:\w+ly\s+|also\s+|on\s+\w+day\s+)?", re.I)
#: what someone rejects that another made: "rejected accusations by Congo", "rejected calls from Washington"
CLAIMS_AFTER = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+)?(?:accusations?|allegations?|claims?|charges?|demands?|calls?|proposals?"
                          r"|requests?|offers?|criticism|reports?)\s+(?:by|from)\b"
                          # "vetoed a UN Security Council resolution on Sudan drafted by Britain"
                          r"|\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,6}?(?:resolution|draft|motion|bill|plan)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:drafted|proposed|submitted|sponsored|put forward|tabled)\s+by\b", re.I)
#: a name right after a transitive verb of meeting: its object
DIRECT_OBJECT = re.compile(r"(?<=\bmet)\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z])")
#: where words were said: "called for a ceasefire in Gaza during a visit to Cairo" - not to Egypt
VISIT_TO = re.compile(r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?$", re.I)
#: a visit as the adjunct of a main clause: "... during a visit to Kyiv"
DURING_VISIT = re.compile(r"\b(?:during|on|in the course of|at the end of)\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: the sentence's first party acted in its main clause: "Modi hugged Zelensky ..."
MAIN_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:need|speed|seed|feed|bed|red)\b)[a-z]+ed\b")
#: lower-case words of a title between "and" and a name: "Meloni and Libyan leader Dbeibah"
JOIN_ROLE = (r"(?:his|her|their|leader|president|prime|minister|chancellor|premier|secretary|counterpart|envoy|ambassador|king|queen|emir"
             r"|prince|foreign|defen[cs]e|deputy|vice|crown|sultan|head|chief|top|diplomat"
             r"|a\s+delegation|delegations?|representatives)")  # "Bogdanov, and a delegation of the National Coalition of the Syrian ..."
#: two named bodies joined: "Russian Airborne Force and the Belarusian ..."
FORCE_JOIN = re.compile(r"^(?:\s+[A-Z][\w\-]*){1,4}\s+and\s+(?:the\s+)?$")
PAIR_JOIN = re.compile(rf"^[\-–]$|^\s*(?:,|,?\s*and(?:\s+(?:[A-Z][\w\-]*|of|the|{JOIN_ROLE}))*|and\s+(?:his|her|their)\s+(?:[A-Z][\w\-]*\s+)?counterparts?,?)\s*$")
QUALIFIER_STOP = re.compile(r"\b(?:and|with|to|by|for|from|in|on|at|is|was|has|had)\b")
INFINITIVE = re.compile(r"\bto\s+$")
FROM = re.compile(r"\sfrom\s")
#: "Rutte's decision to prevent Turkish officials from campaigning", "worked to broker ceasefires", "prompting Saudi Arabia to start": done, not a purpose
DECIDED = re.compile(r"\b(?:decision|decided|decides|voted|ordered|moved|managed|worked|works|working|helped|tried|attempted)\s+to\s+$"
                     r"|\b(?:decision|decided|decides|voted|ordered)\s+to\s+[^.;]{1,80}?\s+and\s+to\s+$"  # "decision to cut ... and to slap"
                     r"|\b(?:the|a)\s+(?:first|last|second|third|only)\s+(?:[\w\-]+\s+){0,3}?to\s+$"  # "the first Western leader to meet Putin"
                     r"|\b(?:prompt(?:ed|ing)|forc(?:ed|ing))\s+(?:[\w\-'’]+\s+){1,5}?to\s+$", re.I)
#: someone's relative, lawyer or critic is someone else: "Trump's daughter Ivanka", "Putin's critics"
KIN_AFTER = re.compile(r"['’]s?\s+(?:(?:former|late|eldest|youngest|elder|younger|estranged|personal|own|longtime|fiercest|main)\s+)?"
                       r"(?:daughters?|sons?|wife|husband|brothers?|sisters?|father|mother|son-in-law|daughter-in-law|lawyers?"
                       r"|attorneys?(?![\-\s]general)|friends?|girlfriend|boyfriend|nephews?|nieces?|cousins?|widow|children|supporters|critics"
                       r"|opponents|rivals?|accusers?|killers?|assassins?|murderers?)\b")
KIN_NAMED = re.compile(r"(?:,?\s+(?:and\s+)?(?-i:[a-z][\w\-]*)){0,4},?\s+")
APPOSITION = re.compile(r"\s*(?:,|--|—|–)\s*")
QUALIFIER_SUFFIX = re.compile(r"-(?:based|born|backed|funded|sponsored|allied|friendly|leaning)\b")
#: a passive without its agent ("two Romanian soldiers were killed"): the subject suffered the act; who did it is
#: not said here
PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|also|later|then|since|never|first|already|just|still"
                         r"|again|once|all|both)\s+){0,2}(?:found\s+|reported\s+)?$", re.I)
#: a participle after its noun and before a preposition, with no object between: "individuals convicted of
#: terrorism", "American soldiers killed in the Korean War" - done to the noun
REDUCED_PASSIVE = re.compile(r"(?:killed|arrested|detained|jailed|imprisoned|sentenced|convicted|freed|released|wounded|captured|hijacked"
                             r"|deported|expelled|abducted|kidnapped|indicted|attacked|targeted|struck|shot)\s+(?:in|of|for|during|at|on"
                             r"|since|over|after|from|near|across|while|when|under|off|outside|inside)\b"
                             # not a time after an active verb ("Russia expelled on Friday 23 diplomats", "detained in 2018")
                             # nor a number ("killed at least 15 people")
                             rf"(?!\s+(?:least|most)\b)(?!\s+(?:the\s+)?(?:{_WHEN}|early|late|recent|last|this|that"
                             r"|(?:the\s+)?(?:weekend|morning|evening|night|past|same|following))\b)", re.I)
#: "The Russian border guard have detained in Crimea a Ukrainian": a perfect or a pronoun subject, active
ACTIVE_AUX = re.compile(r"\b(?:have|has|had|having|who|which|they|we|he|she|it|court|courts|police|authorities|forces|troops|army"
                        r"|military|navy|government|officials|agents|guards?|judges?|regime|militants|rebels|jets|warplanes"
                        r"|drones|aircraft|missiles)\s+(?:\w+ly\s+|also\s+|since\s+)?$", re.I)
PARTICIPLE = re.compile(r"\w+ed|struck|shot|hit|held|met|signed|sent|given|made|taken|seen|told|brought|shot dead", re.I)
#: "flew to Washington to meet X": the journey's purpose was carried out, unlike "called ... to discuss"
TRAVEL_PURPOSE = re.compile(r"\b(?:flew|travel+ed|went|came|arrived|headed|was in|were in)\b[^.;]{0,40}\bto\s+$")
#: verbal acts (statements, appeals, praise, criticism, threats): a place after "in" or "at"
#: is where they were said, not to whom ("condemned the attack on its embassy in Kabul")
VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
#: "in New Delhi" too: the actor matcher opens no name at "New" (NOT_NAMES), so the mention is "Delhi"
AT_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:New\s+)?$")


@dataclass
class Report:
    sentence_no: int
    sentence: str
    start_char: int
    end_char: int
    trigger: str
    cameo_code: str
    actor_id: str
    recipient_id: str | None
    actor_found_by: str
    recipient_found_by: str | None
    is_future: bool
    event_date: dt.date | None
    date_precision: str
    date_from: str
    date_expression: str | None
    trigger_start: int = 0
    trigger_end: int = 0


#: what stands between a country and the person it qualifies: titles and names, lower-case role words
#: ("Russian Foreign Minister Sergey Lavrov", "his Turkish counterpart Erdogan")
QUALIFIER_BETWEEN = re.compile(r"(?:['’]s)?(?:[\s\-]+(?:[A-Z][\w\-]*|of|the|and|counterparts?|leaders?|president"
                               r"|prime minister|foreign minister|ambassador|envoy|minister|officials?))*\s*")


def _participants(mentions: list[dict], actors_type: dict[str, str], text: str,
                  countries: Mapping[str, str] | None = None) -> list[dict]:
    """Mentions that take part on their own: not a country or organisation that only
    qualifies a person next to it, and each actor once per position."""
    persons = [m for m in mentions if actors_type.get(m["actor_id"]) == "person"]
    out = []
    for m in mentions:
        if QUALIFIER_SUFFIX.match(text, m["end_char"]):
            continue  # "Pennsylvania-based Gulen", "US-born"
        if (kin := KIN_AFTER.match(text, m["end_char"])) is not None:
            # "Trump's daughter Ivanka paid a visit": she did, not he; when she is no actor of ours, she counts as
            # one of his country's ("Hamas' rival Fatah": Fatah, if named)
            home = (countries or {}).get(m["actor_id"])
            if home is None or home == m["actor_id"] or any(
                    (kin.end() <= o["start_char"] <= kin.end() + 50 and actors_type.get(o["actor_id"]) == "person"
                     and KIN_NAMED.fullmatch(text, kin.end(), o["start_char"]))
                    or (o["end_char"] <= m["start_char"] and APPOSITION.fullmatch(text, o["end_char"], m["start_char"]))
                    for o in mentions):
                continue  # "Trump's son-in-law and adviser Jared Kushner", "Kushner -- Trump's son-in-law"
            m = {**m, "actor_id": home}
        if actors_type.get(m["actor_id"]) != "person":
            qualifies = False
            for p in persons:
                if m["end_char"] <= p["start_char"]:
                    between = text[m["end_char"]:p["start_char"]]
                    if len(between) <= 60 and QUALIFIER_BETWEEN.fullmatch(between):
                        qualifies = True  # "Russian Foreign Minister Sergey Lavrov"
                    elif len(between) <= 40 and re.fullmatch(r"['’]s(?:\s+[\w\-]+){1,5}\s*", between) \
                            and not QUALIFIER_STOP.search(between) and not _ANY.search(between):
                        qualifies = True  # "Cuba's new leader Miguel Diaz-Canel"
                elif p["end_char"] <= m["start_char"]:
                    between = text[p["end_char"]:m["start_char"]]
                    if len(between) <= 70 and between.startswith(",") and "," not in between[1:] \
                            and not re.search(r"\b(?:who|which|that|and|met|said|has|have|had|is|was|were|are|will)\b"
                                              r"|\bto [a-z]", between) and not _ANY.search(between):
                        qualifies = True  # "Patrushev, secretary of the Security Council of Russia"
                    elif re.fullmatch(r"['’]s?\s*", between):
                        qualifies = False
            if qualifies:
                continue
        if out and out[-1]["actor_id"] == m["actor_id"] and m["start_char"] - out[-1]["end_char"] < 3:
            continue
        out.append(m)
    return out


def detect(article: dict, mentions: list[dict], actors_type: Mapping[str, str],
           places: Container[tuple] = frozenset(), countries: Mapping[str, str] | None = None) -> list[Report]:
    """Event reports of one article (its row) from its actor mentions; ``places``: name keys
    of towns and regions (the gazetteer), which are where a statement was made, not to whom;
    ``countries``: actor id -> country code, for force used at home ("Kenyan police
    arrested opposition supporters": Kenya on Kenya)."""
    original = article["text"]
    text = _spaced(original)  # what the predicates are matched in; reports quote the original
    published = article["published_date"] if article.get("published_precision") == "day" else None
    sentences = split_sentences(text)
    by_sentence: dict[int, list[dict]] = {}
    for m in mentions:
        by_sentence.setdefault(m["sentence_no"], []).append(m)
    reports: list[Report] = []
    last_person: str | None = None
    last_pair: tuple[str, str] | None = None  # the last two parties of an event: "the two leaders" next
    anchor: timex.TimeRef | None = None  # the last day-precise time of the narrative
    for no, (s_start, s_end) in enumerate(sentences, start=1):
        sentence = text[s_start:s_end]
        quoted = original[s_start:s_end]
        found = sorted(by_sentence.get(no, []), key=lambda m: m["start_char"])
        parts = _participants(found, actors_type, text, countries)
        seen: set[tuple] = set()
        for pm in (TRIGGERS.finditer(sentence) if parts or (last_pair and (THE_TWO_NAMED.search(sentence)
                                                                            or THEY_NAMED.search(sentence))) else ()):
            code, voice, _ = LEXICON[int(pm.lastgroup[1:])]
            feeling = voice == "feeling"  # 'is "very disappointed" with': a word quoted, not a quotation
            if voice in NEEDS_BEFORE:
                needed, voice = NEEDS_BEFORE[voice]
                if not needed.search(sentence, max(0, pm.start() - 60), pm.start()):
                    continue
            ps, pe = s_start + pm.start(), s_start + pm.end()
            lead = sentence[max(0, pm.start() - 40):pm.start()]
            refused = code[:2] in ("03", "04", "05", "06") and (WILL_NOT.search(lead) is not None
                                                               or (code[:2] == "04" and NOT_PLANNED.match(sentence, pm.end())))
            if refused:  # "Vienna would not sign the UN migration pact": a refusal (CAMEO 120), said now
                code = "125" if code[:2] == "04" else "120"  # "would not attend the summit": no meeting (125)
            if code[:2] == "04" and CANCELLED_BEFORE.search(lead):
                continue  # "cancelled a planned visit to Haiti": the visit that will not be
            if (code[:2] == "04" and SETTING_BEFORE.search(lead) and pm.group(0).lower() == "meetings"
                    and not re.match(r"\s+(?:with|between)\b", sentence[pm.end():pm.end() + 9])):
                continue  # "during the ASEAN meetings in Vientiane": where something else happened
            if (code[:2] == "04" and BARRED_FROM.search(lead)) or (NEGATION.search(lead) and not refused) or NO_OBJECT.match(sentence, pm.end()) or CONDITION.search(lead) or OUGHT.search(lead) \
                    or (code[:2] == "04" and ASKED_FOR.search(lead)) \
                    or DENIED_THAT.search(sentence, max(0, pm.start() - 80), pm.start()):
                continue  # "did not meet"; "called for face-to-face discussions with ...": the call is the event
            # "is expected to arrive in Canberra on Sunday for talks with ...": the purpose of a future journey
            journey_ahead = bool(re.search(r"\bfor\s+$", lead)) and any(r.sentence_no == no and r.is_future for r in reports)
            window = sentence[max(0, pm.start() - 40):pm.start()] + re.sub(r"(?i)possible", "        ", pm.group(0)) \
                + sentence[pm.end():pm.end() + 10]  # "approved the possible sale of": approved now
            future = not refused and bool(journey_ahead or FUTURE.search(window)
                          or (POSSESSED_GATHERING.fullmatch(pm.group(0))  # "will also face questions ... in their meeting with"
                              and (WILL_IN_CLAUSE.search(sentence, max(0, pm.start() - 120), pm.start())
                                   # "Merkel will make a brief, but appointment-packed visit to Warsaw"
                                   or WILL_MAKE.search(sentence, max(0, pm.start() - 90), pm.start())))
                          or MAY_BEFORE.search(sentence, max(0, pm.start() - 30), pm.start())
                          or AHEAD_OF_POSSESSOR.search(sentence, max(0, pm.start() - 90), pm.start())
                          or (not pm.group(0).split()[0].endswith("ed")  # "arrived in X, said ... is expected to"
                              and FUTURE_AFTER.match(sentence, pm.end())))
            speaker = None
            if not feeling and _quoted(sentence, pm.start()) and not _quoted_subject(parts, sentence, s_start, ps) \
                    and not QUOTE_OPENS.search(sentence, 0, pm.start()):
                # a quotation counts as its speaker's: '"... a very good phone call with President Xi," Trump said'
                speaker = _speaker(parts, s_end, text,
                                   first_person=bool(FIRST_PERSON.search(sentence, max(0, pm.start() - 40), pm.start())))
                if speaker is None:
                    continue
            if INFINITIVE.search(sentence[:pm.start()]) and not future and not refused \
                    and not TRAVEL_PURPOSE.search(sentence[:pm.start()]) and not DECIDED.search(sentence[:pm.start()]):
                continue  # "called ... to discuss": the purpose of another event
            agentless = None
            if voice == "active" and PARTICIPLE.fullmatch(pm.group(0)) \
                    and (PASSIVE_AUX.search(sentence[:pm.start()]) or (REDUCED_PASSIVE.match(sentence, pm.start())
                                                         and not ACTIVE_AUX.search(sentence, 0, pm.start())
                                                         and not any(0 <= ps - p["end_char"] <= 2 and text[p["end_char"]:ps] != ", "
                                                                     for p in parts))) \
                    and not re.match(r"\s+(?:(?!along\b|and\b|charged\b)\w+\s+){0,3}?(?:by|between|with(?!\s+(?:an?|some|its|his|her|their)\s))\b",
                                     sentence[pm.end():pm.end() + 40]):  # "killed with a nerve agent": an instrument
                # "soldiers were killed": done to them, by someone this clause does not name - except an
                # arrest or deportation, which the state where it happened carried out
                agentless = _arrested_where(code, parts, ps, pe, text, actors_type, countries or {})
                if agentless is None:
                    continue
            also = None  # the second of "both sides" acting on its own
            if agentless:
                pair = agentless
            elif speaker:
                quoted_after = [p["actor_id"] for p in parts if pe <= p["start_char"] and p["actor_id"] != speaker
                                and _quoted(sentence, p["start_char"] - s_start)
                                and not (code[:2] == "04" and not _after_with(p, pe, text)
                                         and not pm.group(0).lower().endswith("with"))]  # "spoken with Minister Lavrov"
                home = (countries or {}).get(speaker)
                if code[:2] in ("11", "12", "13") and home:  # "never accept the annexation of Crimea": not Ukraine's own
                    quoted_after = [a for a in quoted_after if (countries or {}).get(a) != home]
                told = TOLD_AFTER_QUOTE.search(text, pe, s_end) if not quoted_after else None
                if told:  # '"...," Zelensky told Russian President Vladimir Putin's envoy': the one told
                    quoted_after = [p["actor_id"] for p in parts if told.end() <= p["start_char"] <= told.end() + 40
                                    and TOLD_TITLES.fullmatch(text, told.end(), p["start_char"])  # not "told reporters ..."
                                    and (countries or {}).get(p["actor_id"]) not in (None, home)][:1]
                pair = (speaker, quoted_after[0] if quoted_after else None, "speaker",
                        "object" if quoted_after else None)
            elif (prev := _adjunct_of(reports, no, ps, pm.group(0), text)) is not None:
                # "Both sides reiterated their commitment ..., condemning unilateral sanctions": the main clause's subject
                pair, also = _participle_pair(prev, parts, pe, text, code)
            else:
                # "During a visit by Patrushev to Havana, ...": the visitor is named in the clause, after "by"
                pair = _lead_clause(parts, s_start, ps, pe, sentence, actors_type, text) if voice not in ("by", "drawn") else None
                if pair and voice == "host" and pair[1]:  # "Greeting the Russian leader, Atambayev said": the guest acts
                    pair = (pair[1], pair[0], "object", "clause_subject")
                pair = pair or _roles(voice, parts, ps, pe, text, sentence, last_person, actors_type, code, places,
                              countries or {}, last_pair)
                if pair is not None and code == "042" and parts and parts[0]["start_char"] < ps \
                        and DURING_VISIT.search(sentence, max(0, pm.start() - 40), pm.start()) \
                        and pair[0] != parts[0]["actor_id"] and pair[1] != parts[0]["actor_id"] \
                        and MAIN_VERB_AFTER.match(text, parts[0]["end_char"]) and '"' not in text[s_start:parts[0]["start_char"]]:
                    # "Modi hugged Zelensky during a visit to Kyiv": the main clause's subject is the visitor
                    pair = (parts[0]["actor_id"], *pair[1:])
                if pair is not None and pair[2] == "subject":
                    pair = _coordinated_subject(pair, reports, no, parts, ps, text, s_start)
            if pair is None or (pair[1] is None and not future and not _acts_alone(pair, code, pm.group(0), parts, ps, text,
                                                                                   places)):
                continue  # an event with no recipient needs its actor as the predicate's own subject
            if voice == "host" and pair[2] == "between":
                code = "044"  # the two sides met at a third party's: PLOVER CONSULT, mode third-party
            if code == "041" and pm.group(0).lower().startswith("call") and not _called_someone(pair[1], parts, pe, text) \
                    and not (pm.group(0).lower() == "call" and re.match(r"\s+(?:with|between)\b", text[pe:pe + 9])):  # "in a call with X"
                code = _named_as(pair[1], parts, pe, text)  # 'called Putin a "killer"': criticism, not a call
                if code is None:
                    continue  # "called climate change a hoax", "Moscow calls absurd ..."
            actor, recipient, how_a, how_r = pair
            if pm.group(0).lower() == "told" and not (_is_person(actor, actors_type) and _is_person(recipient or "", actors_type)
                                                      and (countries or {}).get(recipient) is not None
                                                      and (first := next((p for p in parts if p["start_char"] >= pe), None))
                                                      is not None and first["actor_id"] == recipient
                                                      and first["start_char"] - pe <= 50
                                                      and (countries or {}).get(actor) not in (None, (countries or {}).get(recipient))):
                continue  # a leader telling a leader of another country, not "Trump told Comey" or "told Congress"
            if code == "042" and (PRIVATE_TRAVELLERS.search(text, max(s_start, ps - 40), ps) or any(
                    actors_type.get(p["actor_id"]) == "country" and p["surface"].endswith(("ans", "ese", "is"))
                    and p["surface"][:1].isupper() and PEOPLE_SUBJECT.fullmatch(text, p["end_char"], ps) for p in parts)):
                continue  # "the soaring number of Chinese tourists visiting the UK": people travelling, no state visit
            if code[:2] == "04" and pm.group(0).lower().startswith("call") and AS_WITNESS.match(text, pe, min(s_end, pe + 80)):
                continue  # "he will call FBI Director James Comey as a witness"
            if code == "130" and pm.group(0).lower().startswith("warn") and WARNED_VIOLATION.match(text, pe, min(s_end, pe + 160)):
                code = "111"  # "warned that a new law violates international law": criticism, not a threat
            if code == "160" and re.match(r"(?i:cancel|called off|postpon)", pm.group(0)) \
                    and (countries or {}).get(recipient or "") in (None, (countries or {}).get(actor)):
                continue  # "Pence canceled a trip to Arkansas": a journey at home, no relations reduced
            if pm.group(0).lower() == "told" and TOLD_SHOULD.match(text, pe, min(s_end, pe + 160)):
                code = "100"  # "Scholz told Xi that Beijing should use its influence": a request
            claim = _claimant(code, actor, parts, ps, text, s_start, countries or {}) if not speaker else None
            if claim is not None:  # "officials said North Korean agents assassinated Kim": an accusation
                code, recipient, how_r, actor, how_a = "112", actor, "claimed", claim, "claimant"
            if code == "140" and pm.group(0).lower().startswith("protested") and actors_type.get(actor) == "country" \
                    and how_a == "subject" and not PROTESTERS.search(text, max(0, ps - 80), ps) \
                    and (m := _mention_before(parts, actor, ps)) is not None and not m["surface"].endswith("s") \
                    and STATE_SUBJECT.fullmatch(text, m["end_char"], ps):
                code = "114"  # "The Malaysian government protested against China's new map": an official complaint
            if code == "190" and pm.group(0).lower().startswith("attack") and _is_person(actor, actors_type):
                code = "111"  # a person "attacked" the government: words, not force
            recipients = [recipient, *_coordinated(recipient, parts, pe, text)]
            pairs = [(actor, r) for r in recipients] + ([(also, r) for r in recipients if r != also] if also else [])
            if how_a == "each_other":
                pairs.append((recipient, actor))
            if how_a == "the_two" and how_r != "the_two":  # "The two leaders condemned ...": both of them did
                second = _the_two(THE_TWO.search(text, max(0, ps - 60), ps), last_pair, countries or {})[1]
                pairs += [(second, r) for r in recipients]
            for actor, recipient in pairs:
                # an announced meeting or cooperation is an intent (PLOVER AGREE); "would reject" stays a rejection
                cameo = ("036" if code.startswith("04") else "030") if future and code[:2] in ("04", "05", "06", "07") \
                    else code
                if future and code == "154" and recipient and (countries or {}).get(recipient) \
                        and (countries or {}).get(recipient) != (countries or {}).get(actor) and not IF_AFTER.match(sentence, pm.end()):
                    cameo = "030"  # "Britain and France were ready to deploy troops to Ukraine": an offer, not a show of force
                if future and code[:2] == "08":
                    cameo = "035"  # "the bloc would lift some sanctions on Syria": an intent to yield (PLOVER AGREE)
                if future and code[:2] in ("16", "17", "18", "19", "20") and IF_AFTER.match(sentence, pm.end()):
                    # "would impose new sanctions on Venezuela if the elections were not free": a threat
                    cameo = "138" if code[:2] in ("18", "19", "20") else "130"
                key = (cameo[:2], actor, recipient)
                if key in seen or (recipient == actor and how_r != "domestic"):
                    continue
                seen.add(key)
                reports.append(Report(no, quoted, s_start, s_end, original[ps:pe], cameo, actor, recipient, how_a, how_r,
                                      future, *_dated(future, sentence, no, article, published, anchor), ps, pe))
                if recipient is not None and how_r != "domestic" and how_a != "the_two":
                    last_pair = (actor, recipient)
            if _is_person(actor, actors_type):
                last_person = actor
        if len(parts) >= 2 and not any(r.sentence_no == no for r in reports):
            said = _accusation(parts, found, s_start, s_end, text, countries or {})
            code, how_r = "112", "accused"
            if said is None:
                said, code, how_r = _denial(parts, s_start, s_end, text, countries or {}), "120", "denied"
            if said is not None:  # "Kiev's provocations ... are part of ..., Russia's envoy Grushko said"
                actor, recipient, ps, pe = said
                reports.append(Report(no, quoted, s_start, s_end, original[ps:pe], code, actor, recipient, "speaker",
                                      how_r, False, *_dated(False, sentence, no, article, published, anchor),
                                      ps, pe))
                if _is_person(actor, actors_type):
                    last_person = actor
        when = timex.find(_without_dateline(sentence, no), published) if timex.DAY_HINT.search(sentence) else None
        if when is not None and when.precision == "day":
            anchor = when
        persons = [p for p in parts if _is_person(p["actor_id"], actors_type)]
        if persons and not any(r.sentence_no == no for r in reports):
            last_person = persons[0]["actor_id"]
    # "In a phone call on Wednesday, Macron urged Putin to ...": the main clause's act first, its setting after
    # "Israel's military, which has carried out hundreds of strikes in Syria, said its jets hit ...": a relative
    # clause's act is background, after the main clause's
    reports.sort(key=lambda r: (r.sentence_no, r.actor_found_by == "clause_subject",
                                # "Israel's strikes ... were condemned by Saudi Arabia": the noun's act is the setting
                                r.actor_found_by == "possessor" and r.cameo_code[:2] != "04",
                                RELATIVE_OPEN.search(original, r.start_char, r.trigger_start) is not None))
    # "Putin told Diaz-Canel that Russia would continue to help Cuba": what was told is the event, when it has a recipient
    told = {r.sentence_no for r in reports if r.trigger.lower() != "told" and r.recipient_id}
    reports = [r for r in reports if not (r.trigger.lower() == "told" and r.sentence_no in told)]
    # a meeting, call or visit whose other side is only the actor's own country - a town at home, "the Russian
    # diplomats" - is no meeting between two parties ("Trump travelled to Detroit", "met the premiers of Germany's 16
    # states in Berlin"): the other side is not named
    at_home = [(r.cameo_code[:2] == "04" or (r.cameo_code == "036" and r.trigger.lower()[:4] in ("meet", "talk", "visi", "trav",
                                                                                                "cons")))
               and actors_type.get(r.recipient_id) == "country" and (countries or {}).get(r.actor_id) == r.recipient_id
               for r in reports]
    # ... except a summit hosted at home ("hosted a summit of West African leaders in Accra"), which has no other side
    reports = [replace(r, recipient_id=None, recipient_found_by=None) if home and r.cameo_code == "043" else r
               for r, home in zip(reports, at_home) if not home or r.cameo_code == "043"]
    # a person the dictionary does not know and no title or context placed in a country, acting on no one with a
    # country, is mostly a private person or a misreading ("Brian Cullinan and Martha Ruiz were responsible for
    # Sunday's mishap", "his two adult children refused to attend the ceremony"): no event of a warehouse of states
    reports = [r for r in reports if not (r.actor_id.startswith("d_") and not (countries or {}).get(r.actor_id)
                                          and not (countries or {}).get(r.recipient_id or ""))]
    # "visiting Cuba as part of a tour of Latin American nations": the tour is that visit, not one more
    narrower = {(r.sentence_no, r.actor_id, r.cameo_code) for r in reports
                if r.recipient_id and actors_type.get(r.recipient_id) != "region"}
    return [r for r in reports if not (actors_type.get(r.recipient_id) == "region"
                                       and (r.sentence_no, r.actor_id, r.cameo_code) in narrower)]


#: an object that refers back to the main clause's recipient: "accusing it of", "accusing the group of"
ANAPHOR_OBJECT = re.compile(r"\s+(?:him|her|it|them|the\s+(?:[\w\-]+\s+){0,2}(?:group|country|government|organi[sz]ation"
                            r"|company|state|regime|movement|administration))\b")


def _participle_pair(prev, parts, pe: int, text: str, code: str) -> tuple[tuple, str | None]:
    """(actor, recipient, how, how) of a participle adjoining ``prev``'s clause, and the second
    party acting with the subject when that is "both sides": the participle's own object, or
    the main clause's recipient when it is "it", "him", "the group" ("accusing it of")."""
    rec = next((p["actor_id"] for p in parts if pe <= p["start_char"] <= pe + MAX_OBJECT_GAP
                and p["actor_id"] != prev.actor_id
                and not re.search(r"\b(?:of|in|on|at|for|from|by|under)\b", text[pe:p["start_char"]])), None)
    if rec is None and ANAPHOR_OBJECT.match(text, pe):
        rec = prev.recipient_id  # "condemned the German government, accusing it of": the government
    also = prev.recipient_id if prev.actor_found_by in ("the_two", "pair") and code[:2] not in MUTUAL else None
    return (prev.actor_id, rec, "participle", "object" if rec else None), also


def _adjunct_of(reports: list, no: int, ps: int, trigger: str, text: str):
    """The report of this sentence whose clause a participle right after a comma adjoins ("Both
    sides reiterated their commitment ..., condemning unilateral sanctions"; "Turkey condemned the
    German government, accusing it of ..."): its subject is the participle's."""
    if not trigger.split()[0].lower().endswith("ing") or not re.search(r",\s*$", text[max(0, ps - 3):ps]):
        return None
    prev = next((r for r in reversed(reports) if r.sentence_no == no and r.trigger_end < ps), None)
    if prev is None or re.search(r"[;:\"“”]|\b(?:who|which|that|said|says)\b", text[prev.trigger_end:ps]):
        return None
    return prev


#: travellers who are no state: "Chinese tourists visiting the UK", "North Koreans could visit"
_MODAL = r"\s+(?:(?:could|can|may|might|will|would|who)\s+)?$"
PRIVATE_TRAVELLERS = re.compile(r"\b(?:tourists|visitors|students|migrants|refugees|fans|shoppers|travell?ers|pilgrims"
                                r"|investors|holidaymakers)" + _MODAL, re.I)
#: a people named by its plural demonym: "North Koreans could visit"
PEOPLE_SUBJECT = re.compile(_MODAL)
WARNED_VIOLATION = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?that\b[^.;]{0,100}?\b(?:violat\w+|breach\w*|(?:is|was|would be) illegal"
                              r"|contrary to|(?:a|an)\s+(?:\w+\s+)?violation)")
AS_WITNESS = re.compile(r"[^.;]{0,50}?\bas\s+(?:a\s+)?witness(?:es)?\b")
RELATIVE_OPEN = re.compile(r",\s*which\s+(?:[\w\-]+\s+){0,3}$")
CANCELLED_BEFORE = re.compile(r"\b(?:cancel(?:l?ed|l?ing|s)?|called off|postpon(?:ed|ing)|scrapped)\s+(?:[\w\-]+\s+){0,4}$", re.I)
#: a series of gatherings named as the setting of something else: "during the ASEAN meetings in Vientiane" (one
#: meeting - "at their first meeting" - is the event itself)
SETTING_BEFORE = re.compile(r"\b(?:during|at|on the sidelines of|ahead of)\s+(?:the|this|last)\s+"
                            r"(?:[\w\-]+\s+){0,3}$", re.I)
#: a second verb of the same subject after a denied first: "did not meet X, but spoke with Y"
BUT_BEFORE = re.compile(r",\s*but\s+(?:also\s+|later\s+|then\s+|instead\s+)?$")
#: the start of a sentence up to its first name: nothing or a determiner ("The", "Japan's ...")
SUBJECT_START = re.compile(r"\s*(?:(?:The|A|An)\s+)?(?:[A-Z][\w\-]*\s+){0,3}")


def _coordinated_subject(pair: tuple, reports: list, no: int, parts, ps: int, text: str,
                         s_start: int | None = None) -> tuple:
    """A second predicate joined by "and" keeps the subject of the sentence's previous report:
    "Ankara suspended relations with Amsterdam and blocked the Dutch ambassador to Turkey" - Ankara
    blocked, and the Dutch (the party taken for the subject) were blocked. Not after a possessive:
    "his rhetoric and vows" is a noun."""
    prev = next((r for r in reversed(reports) if r.sentence_no == no), None)
    if prev is None and s_start is not None and parts and parts[0]["actor_id"] != pair[0] \
            and BUT_BEFORE.search(text, max(s_start, ps - 16), ps) and SUBJECT_START.fullmatch(text, s_start, parts[0]["start_char"]):
        # "Japan's foreign minister did not meet his Chinese counterpart ..., but spoke with South Korea's": the
        # sentence's subject, not the object of the verb it denied
        return parts[0]["actor_id"], pair[1] if pair[1] != parts[0]["actor_id"] else None, "coordinated", pair[3]
    if prev is None or pair[0] == prev.actor_id or not AND_BEFORE.search(text, max(prev.trigger_end, ps - 16), ps) \
            or POSSESSIVE_WORD.search(text, prev.trigger_end, ps):
        return pair
    subject = _mention_before(parts, pair[0], ps)
    if subject is None or subject["start_char"] < prev.trigger_end:
        return pair
    if pair[1] in (None, prev.actor_id):
        return prev.actor_id, pair[0], "coordinated", "object"
    return prev.actor_id, pair[1], "coordinated", pair[3]


def _dated(future, sentence, no, article, published, anchor) -> tuple:
    """(event date, precision, where the date came from, the time expression) of a report."""
    # an intended event is dated when the intent was stated, never in the future
    when = None if future else timex.find(_without_dateline(sentence, no), published)
    if when is not None and when.date is not None:
        return when.date, when.precision, "text", when.expression
    if when is not None:
        return None, "unknown", "unresolved", when.expression
    if anchor is not None and not future:
        return anchor.date, anchor.precision, "context", anchor.expression
    if published is not None:
        return published, "publication", "publication", None
    if article["published_date"] is not None:  # published to the month or year only
        return article["published_date"], article["published_precision"], "publication", None
    return None, "unknown", "unresolved", None


#: what a speaker says another party did wrong, with no predicate of the lexicon: "Kiev's ongoing
#: provocations ... are part of the policy of non-fulfilment of the Minsk agreements, Russia's envoy
#: to NATO Grushko said" - an accusation (CAMEO 112, PLOVER ACCUSE)
HOSTILE_CLAIM = re.compile(
    r"\b(?:provocations?|provocative|aggression|aggressive|meddl\w+|interfer(?:ed|es|ing|ence)|violat\w+|hostile|hostility"
    r"|illegal(?:ly)?|destabili[sz]\w+|propaganda|occupation|occupying|undermin\w+|sabotag\w+|hijack\w*|lies|lying|lied"
    r"|genocide|war crimes?|atrocities|spying|espionage|hack(?:ed|ing|ers?)|cyber\s?attacks?|abuses?|unfair|protectionism"
    r"|coup|to blame|responsib(?:le|ility) for|not helping|failed to|failing to|sacrific\w+|threat to|threatening|non-fulfil?ment"
    r"|breach(?:es|ed)?|cheat(?:ed|ing)|bully\w*|blackmail\w*|destroy\w*|crackdown|repression|persecut\w+|discriminat\w+"
    r"|nazis?|fascis[mt]|intimidat\w+|sponsor(?:s|ed|ing)?\s+(?:of\s+)?terror\w*|disinformation|smear)\b", re.I)
#: two sentences the splitter left as one, joined by a hyphen: "... in Sessions.-Here are"
GLUED_SENTENCE = re.compile(r"[.?!][\"”?]*-\s*(?=[A-Z])")
#: punctuation that ends a claim or separates a speaker from a qualifier: '..., X said', '"...," X said'
CLAIM_END = re.compile(r"[,\"”]")
PUNCTUATION_BREAK = re.compile(r"[,;\"”]")
#: a claim the speaker does not make: "no evidence of Russia's alleged interference", "had not accused Britain"
HEDGED = re.compile(r"\b(?:alleged(?:ly)?|no evidence|not|n't|never|denied|denies|deny|if|whether)\b", re.I)
SPEECH = re.compile(r"\b(?:said|says|told|stated|claimed|claims|alleged|alleges|insisted|added|noted|wrote|argued|declared"
                    r"|stressed)\b")
#: lower-case words that may stand between a speaker's name and "said": their role
SPEAKER_WORDS = frozenset("""of the and for to on spokesman spokeswoman spokesperson minister secretary envoy ambassador
official president chief head leader representative permanent foreign deputy ministry general prime senior former
national security adviser s""".split())


def _speaker_gap(gap: str) -> bool:
    """Only names, titles and role words between a speaker and "said"."""
    gap = re.sub(r",\s*(?:who|which)\b[^,]*,", " ", gap)  # "Bashar Jaafari, who heads the delegation, said"
    return len(gap) <= 80 and all(w[:1].isupper() or w.lower() in SPEAKER_WORDS for w in re.findall(r"[\w\-.]+", gap))


def _accusation(parts, mentions, s_start, s_end, text, countries) -> tuple | None:
    """(speaker, accused, span of the hostile word) when a speaker of one country says a party
    of another did something hostile, in the words before an end attribution ("..., X said")
    or after "X said"."""
    sentence = text[s_start:s_end]
    for verb in SPEECH.finditer(sentence):
        v0, v1 = s_start + verb.start(), s_start + verb.end()
        before = [p for p in parts if p["end_char"] <= v0 and _speaker_gap(text[p["end_char"]:v0])
                  and not re.fullmatch(r"['’]s\s+", text[p["end_char"]:v0])]  # not "Trump's stated desire"
        after = [p for p in parts if p["start_char"] >= v1 and _speaker_gap(text[v1:p["start_char"]])
                 and CLAIM_END.search(text[max(s_start, v0 - 3):v0].rstrip()[-1:])]  # '..., said Lavrov'
        speaker = before[-1] if before else after[0] if after else None
        if speaker is not None and countries.get(speaker["actor_id"]) is None:
            # a person of no known country, qualified by one: "Russia's envoy to NATO Alexander Grushko"
            speaker = next((m for m in reversed(mentions) if m["end_char"] <= speaker["start_char"]
                            and countries.get(m["actor_id"]) and _speaker_gap(text[m["end_char"]:speaker["start_char"]])
                            and not PUNCTUATION_BREAK.search(text, m["end_char"], speaker["start_char"])), None)
        if speaker is None:
            continue
        head = min(speaker["start_char"], v0)
        # "<claim>, X said", "<claim>, Syria's envoy to the UN X said": the claim before
        ending = next((c for c in reversed(list(CLAIM_END.finditer(text[s_start:head])))
                       if _speaker_gap(text[s_start + c.end():head])), None)
        home = countries[speaker["actor_id"]]
        claims = [(s_start, s_start + ending.start(), True)] if ending else []
        claims.append((max(speaker["end_char"], v1), s_end, False))  # "X said <claim>"
        for lo, hi, closed in claims:
            glued = GLUED_SENTENCE.search(text, lo, hi)  # "... confidence in Sessions.-Here are four ways ..."
            lo, hi = (glued.end(), hi) if glued and closed else (lo, glued.start() if glued else hi)
            for hostile in HOSTILE_CLAIM.finditer(text, lo, hi):
                # the accused owns the act, just before it: "Kiev's ongoing provocations", "Russia had interfered"
                accused = [p for p in parts if lo <= p["start_char"] and p["end_char"] <= hostile.start() <= p["end_char"] + 60
                           and countries.get(p["actor_id"]) not in (None, home)]
                if accused and not HEDGED.search(text, max(lo, accused[-1]["start_char"] - 25), hostile.start()):
                    return speaker["actor_id"], accused[-1]["actor_id"], hostile.start(), hostile.end()
    return None


#: a claim its speaker calls false: "All charges Russia is responsible for cyberattacks against Norway are groundless"
DENIAL = re.compile(r"\b(?:allegations?|charges?|accusations?|claims?|assertions?|suggestions?)\b([^.;]{0,200}?)\s(?:are|were|is|was)\s+"
                    r"(?:\w+\s+){0,2}?(?:groundless|baseless|absurd|unfounded|false|untrue|nonsense|lies|fake|ridiculous"
                    r"|fabricated|slanderous|a provocation)\b", re.I)


def _denial(parts, s_start, s_end, text, countries) -> tuple | None:
    """(speaker, the party the claim concerns, span of the claim) when a speaker calls a claim false -
    "All allegations that Russia is trying to influence the French elections are absurd, Matviyenko said":
    a rejection (PLOVER REJECT) of France's side; the speaker's own country in the claim is not its target."""
    m = DENIAL.search(text, s_start, s_end)
    if m is None:
        return None
    attribution = SPEECH.search(text, m.end(), s_end)
    speakers = [p for p in parts if attribution and m.end() <= p["start_char"] < attribution.start()
                and countries.get(p["actor_id"])]
    if not speakers:
        return None
    home = countries[speakers[-1]["actor_id"]]
    target = [p for p in parts if m.start(1) <= p["start_char"] < m.end(1) and countries.get(p["actor_id"]) not in (None, home)]
    if not target:
        return None
    return speakers[-1]["actor_id"], target[0]["actor_id"], m.start(), m.end()


#: words a hyphen stands next to where a lost space was ("communication-with Sergey Kislyak",
#: "has-been rescheduled", "during-the riots"): in one article in three of the 2017 corpus
FUNCTION_WORDS = frozenset("a an the this that with to of in on at by for from into and or but as has have had "
                           "been be was were is are his her their its will would".split())
HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _spaced(text: str) -> str:
    """The text with a space for each hyphen that joins a function word to the next or previous
    word; compounds around a function word ("face-to-face", "round-the-clock",
    "state-of-the-art") keep theirs. Same length, so offsets hold."""
    if "-" not in text:
        return text

    def fix(m: re.Match) -> str:
        parts = m.group(0).split("-")
        if len(parts) == 3 and parts[1] in FUNCTION_WORDS or m.group(0).lower().startswith("state-of-the"):
            return m.group(0)
        out = parts[0]
        for left, right in zip(parts, parts[1:]):
            out += (" " if left in FUNCTION_WORDS or right in FUNCTION_WORDS else "-") + right
        return out
    return HYPHENATED.sub(fix, text)


#: what stands between a subject and its predicate when the subject is not the predicate's:
#: a relative clause ("an attack that killed"), a place ("a landslide in the capital where"), a
#: new clause (", and experts have warned")
NOT_OWN_SUBJECT = re.compile(r"\b(?:that|which|where|when|whose)\b|;|,\s*(?:and|but|while)\b", re.I)
#: a participant after a preposition is not a subject: "Children in Northern Ireland ... the agency has
#: warned", "an attack in southern Pakistan has killed"; after "of" only a town or region ("a car bomb in the Karada
#: district of Baghdad killed"), not "Thousands of Serbians demonstrated"
_PREPOSITIONS = "in|at|from|on|to|for|with|by|near|across|into|against"
AFTER_PREPOSITION = re.compile(rf"\b(?i:{_PREPOSITIONS})\s+(?:the\s+)?(?:[a-z]\w*\s+)?$")
AFTER_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
#: predicates in noun form ("the criticism of"), which say nothing of who acted
#: nothing but an adverb or an auxiliary between a subject ("the Chinese government") and its predicate
IMMEDIATE_SUBJECT = re.compile(r"(?:\s+(?:government|authorities|administration|leadership|military|army|officials))?"
                               r"\s+(?:(?:has|have|had|was|were|is|are|also|again|then|later|now|would|will|could|can|may|might"
                               r"|should|must|shall|did|does|do|not|\w+ly)\s+)*")
#: a noun predicate, which a place before it only qualifies ("Tillerson's Beijing visit")
NOUN_PREDICATE = re.compile(r"(?i:visits?|meetings?|trip|tour|talks|contacts?|calls?|discussions?|conversations?)\b"
                            r"|\w+(?:ion|ions|ment|ments)\b")
#: what stands before a place or a name's part, not a subject: "McCain of Arizona", "in Syria", "Mary Barra"
OF_PLACE_OR_NAME = re.compile(rf"(?:\b(?i:of|{_PREPOSITIONS})\s+(?:the\s+)?"
                              r"|[A-Z][\w.]*[\s\-])$")
#: a second predicate of the same subject: "... with Amsterdam and blocked"
AND_BEFORE = re.compile(r"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+|even\s+)?$")
POSSESSIVE_WORD = re.compile(r"\b(?:his|her|its|their)\b", re.I)
#: what stands between a possessor and its act: "Tillerson's", "the Dutch government's"
POSSESSOR = re.compile(r"(?:\s+(?:government|administration|authorities|leadership|ministry))?['’]s\s*(?:\w+\s+){0,2}?")
#: who only backs the subject: "forces backed by Russian air power"
BACKED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|armed|funded)\s+by\s+(?:the\s+)?$", re.I)
ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+)?$", re.I)
#: the country a diplomat is posted to: "ambassador to Cuba", "envoy in Kabul"
POSTED_TO = re.compile(r"\b(?:ambassador|envoy|representative|consul|charg[eé] d'affaires|emissary|mission)\s+(?:to|in)\s+(?:the\s+)?$",
                       re.I)
#: a feeling ("angry over", "unhappy with") is an event only towards someone
FEELING = re.compile(rf"\b(?:{_ANGER}|{_CONCERN}|finds?)\b", re.I)
NOUN_TRIGGER = re.compile(r"\w+(?:ism|ion|ions|ment|ments)", re.I)


def _acts_alone(pair, code, trigger, parts, ps, text, places) -> bool:
    """An event with an actor and no recipient ("Prime Minister Sharif has condemned the attack",
    "Russia denies attempting to influence the election"): the actor must be the predicate's
    own subject - named just before it, not inside a prepositional phrase, a relative clause or
    another clause - and the predicate a verb. A consultation needs its other party; a question
    asked ("Stephanopoulos asked about ...") is no request."""
    if pair[2] not in ("subject", "clause_subject", "speaker", "location", "participle") or (code[:2] == "04" and code != "043") \
            or NOUN_TRIGGER.fullmatch(trigger.split()[0]) or trigger.lower() == "asked" or FEELING.search(trigger):
        return False
    if pair[2] != "subject":
        return True
    m = _mention_before(parts, pair[0], ps)
    if m is None:
        return False
    between, before = text[m["end_char"]:ps], text[max(0, m["start_char"] - 12):m["start_char"]]
    return (len(between) <= 60 and not NOT_OWN_SUBJECT.search(between) or ASIDE_GAP.fullmatch(between)) \
        and not AFTER_PREPOSITION.search(before) \
        and not (AFTER_OF.search(before) and name_key(m["surface"]) in places)


def _without_dateline(sentence: str, sentence_no: int) -> str:
    """The first sentence without its dateline ("Havana, 20 February 2024 (TDI):"), which
    dates the report, not the event; offsets are kept."""
    if sentence_no > 3:
        return sentence
    m = DATELINE_RE.match(sentence)
    return " " * m.end() + sentence[m.end():] if m else sentence


#: the quotation opens with the predicate, its subject outside: 'Moscow "supports the Iraqi government's efforts"'
QUOTE_OPENS = re.compile(r"\w\s+[\"“]$")
#: a quotation that closes with its attribution: '... Donald Trump," Holman said.'
CLOSED_BY_ATTRIBUTION = re.compile(r"^[\"”]\s*,?\s*(?:[A-Z][\w\-’']*\s+){0,3}(?:said|says|added|told|wrote|noted)\b")


def _quoted(sentence: str, pos: int) -> bool:
    """Inside a quotation: an open quote before, or a closing quote after with none opened
    in the sentence (the quotation began in an earlier sentence). A quote mark before that
    is followed by its attribution closed a quotation begun earlier."""
    before, after = sentence[:pos], sentence[pos:]
    if before.count("\"") % 2 == 1:
        last = before.rfind("\"")
        if not (before.count("\"") == 1 and CLOSED_BY_ATTRIBUTION.match(before[last:])):
            return True
    return (before.count("“") > before.count("”")
            or ("”" in after and "“" not in before and after.count("“") < after.count("”")))


#: predicates two parties do together, "X and Y met / agreed / signed / cooperated": CAMEO roots, and 057
MEDIATION = frozenset({"039", "045", "165"})
MUTUAL = frozenset({"03", "04", "06", "054", "057", "084", "087", "193"})
#: "X has said (they believe) Y <did something hostile>": X accuses Y (PLOVER ACCUSE)
#: not a claim of an act of its own: "has claimed several attacks", "claimed responsibility"
REPORTED = re.compile(r"\b(?:said|says|say|claim(?:ed|s)\b(?!\s+(?:responsibility|credit|(?:[\w\-]+\s+){0,2}?(?:attacks?|bombings?"
                      r"|killings?|strikes?|assaults?)\b))|alleged|alleges|believe[sd]?|accused|suspect(?:ed|s)?)\b"
                      r"(?:\s+(?:that|they|it|he|she|believe[sd]?))*\s*")
#: how far (in characters) an actor may stand before its predicate, and a recipient after it
MAX_SUBJECT_GAP = 100
MAX_OBJECT_GAP = 80
#: "and" or a comma before another predicate: where the next clause begins
COORDINATED_PREDICATE = re.compile(r"(?:,\s*|\s)(?:and|but|while)\s+(?:also\s+|then\s+|later\s+)?"
                                   r"(?:(?:has|have|had)\s+(?:(?:long|also|since|repeatedly|\w+ly)\s+)?)?")  # "and has long accused"
#: a verb in the past after "and" opens a predicate of its own: "thanked them and conveyed Putin's greetings"
PAST_VERB = re.compile(r"(?!(?:armed|united|related|detailed|advanced|unprecedented|organized|organised)\b)[a-z]+ed\s+"
                       r"(?:(?-i:[A-Z\"“])|(?:the|a|an|his|her|its|their|our|other|him|himself|herself|them|it|to)\b)", re.I)

#: a relative clause after the object, whose actors are not the predicate's recipient (not "said that ...")
RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.I)
#: a closing attribution, whose speaker is not the recipient: "North Korea fired missiles, South Korea's military said"
ATTRIBUTION_AFTER = re.compile(r",\s+(?:[\w'’\-]+\s+){0,6}?(?:said|says|told|announced|reported|added)\b")
#: a quotation whose subject is its speaker: "I'm very grateful to ...", "We have agreed ..."
FIRST_PERSON = re.compile(r"\b(?:I|We|we)(?:['’](?:m|re|ve|ll|d))?(?:\s+(?!(?:he|she|they|it)\b)[\w\-']+){0,2}\s*$")
SPEECH_BEFORE = re.compile(r"[\"”]\s*,?\s*(?:said|says|added|told|noted|stated|wrote)\s+(?:[\w\-]+\s+){0,4}$")
SPEECH_AFTER = re.compile(r"^(?:['’]s)?\s*(?:(?:foreign|deputy|prime|defen[cs]e|senior|top)\s+)?(?:(?:diplomat|minister|ministry|spokes(?:man|woman"
                          r"|person)|officials?|ambassador|envoy|president|leader|premier|government|side|embassy|delegation)\s+)?"
                          r"(?:said|added|told|noted|stated|stressed|emphasized|declared)\b")


def _quoted_subject(parts, sentence, s_start, ps) -> bool:
    """The quotation names its own actor before the predicate: '"The United States strongly
    condemns the detention ...," spokesman Mark Toner said' - the United States, not the
    spokesman."""
    opened = max(sentence.rfind("\"", 0, ps - s_start), sentence.rfind("“", 0, ps - s_start))
    return opened >= 0 and any(s_start + opened < p["start_char"] and p["end_char"] <= ps for p in parts)


def _speaker(parts, sentence_end, text, first_person: bool = False) -> str | None:
    """The person a quotation is attributed to: '..." Sergey Lavrov added.'"""
    for p in parts:
        if SPEECH_AFTER.match(text[p["end_char"]:sentence_end]) and re.search(r"[\"”]", text[:p["start_char"]][-60:]):
            return p["actor_id"]
        if first_person and SPEECH_BEFORE.search(text, max(0, p["start_char"] - 60), p["start_char"]):
            return p["actor_id"]  # '"I'm very grateful to President Trump," says Mattias Karlsson'
    return None


#: lower-case words that may stand between "called" and the person called ("called Cuba's new leader X")
CALL_OBJECT_WORDS = frozenset("""communist new his her their its the counterpart former incoming outgoing leader president
minister prime foreign secretary chancellor king premier general head""".split())


def _callee(recipient, parts, pe) -> dict | None:
    """The recipient's first mention after "called"."""
    return next((p for p in parts if p["start_char"] >= pe and p["actor_id"] == recipient), None)


def _called_someone(recipient, parts, pe, text) -> bool:
    """A phone call needs its callee right after "called": only names and titles between."""
    first = _callee(recipient, parts, pe)
    if first is None:
        return False
    between = re.findall(r"[\w'’\-]+", text[pe:first["start_char"]])
    return all(w[:1].isupper() or w.lower() in CALL_OBJECT_WORDS for w in between) \
        and not NAMING.match(text, first["end_char"]) and not POSSESSIVE.match(text, first["end_char"])
    # "what he called Iran's recent aggression": a naming of Iran's act, not a call to Iran


def _named_as(recipient, parts, pe, text) -> str | None:
    """What calling someone something is: 'called Putin a "killer"' criticises him (CAMEO 111),
    'called Ma "a great entrepreneur"' praises him (051); None when the words tell neither."""
    callee = _callee(recipient, parts, pe)
    act_of_side = callee is not None and ACT_OF_SIDE.fullmatch(text, pe, callee["start_char"]) is not None
    if callee is None or callee["start_char"] - pe > (70 if act_of_side else 40):
        return None
    if ACT_NAMED_BY_SIDE.fullmatch(text, pe, callee["start_char"]) or (act_of_side and NAMING.match(text, callee["end_char"])):
        # 'called the shooting a "Russian state terrorist act"': the act named as the other side's
        said = text[callee["start_char"]:callee["start_char"] + 80]
        return "111" if NAMED_BADLY.search(said) else None
    end = callee["end_char"]
    owned = OWNED_THING.match(text, end)  # 'called Trump's new order a "backdoor Muslim ban"': a naming of his act
    end = owned.end() if owned else end
    if not NAMING.match(text, end):
        return None
    said = text[end:end + 80]
    said = said[:next((i for i, c in enumerate(said) if c in ".;" and i > 3), len(said))]
    if NAMED_BADLY.search(said):
        return "111"
    return "051" if NAMED_WELL.search(said) else None


#: an act, then a naming that opens with a side's adjective: 'called the shooting a "Russian ...'
ACT_NAMED_BY_SIDE = re.compile(r"\s+the\s+(?:[\w\-]+\s+)?(?:shooting|attack|attacks|bombing|killing|murder|incident|strike|strikes"
                               r"|explosion|blast|crash|downing|hack|hacking|poisoning|provocation|move|decision)\s+(?:an?\s+)?[\"“]?", re.I)
#: an act of a side named, then the naming: 'called the detention of a Russian citizen in the United States a provocation'
ACT_OF_SIDE = re.compile(r"\s+the\s+(?:[\w\-]+\s+)?(?:detention|arrest|expulsion|attack|strike|killing|sanctions|decision|move"
                         r"|actions?|statements?|remarks|comments)\s+(?:[\w\-]+\s+){0,6}?(?:in|by|of|from)\s+(?:the\s+)?", re.I)
NAMED_BADLY = re.compile(r"\b(?:killer|murderer|enemy|enemies|hater|stooge|cancer|obsolete|so-called|liar|traitor|terrorists?"
                         r"|dictator|tyrant|puppet|criminal|thug|threat|shameful|disgrace(?:ful)?|absurd|nonsense|ridiculous"
                         r"|fake|failed|failure|dangerous|sociopath\w*|fascists?|nazis?|racist|unfit|worst|illegitimate"
                         r"|hypocrit\w*|aggressor|occupier|rogue|bully|clown|incompetent|corrupt|provocation\w*|unfriendly|hostile act)\b", re.I)
NAMED_WELL = re.compile(r"\b(?:hero|great|greatest|brilliant|loyal|friend|partner|ally|genius|best|outstanding"
                        r"|wonderful|excellent|strong leader|good man|reliable|trusted|courageous|visionary)\b", re.I)
#: what someone was called, not a call: 'called China an "enemy"', 'called Curiel "a hater"'
OWNED_THING = re.compile(r"['’]s?(?:\s+[a-z][\w\-]*){1,3}(?=\s+(?:an?\s|the\s|[\"“]|(?:corrupt|incompetent|illegitimate)\b))")
NAMING = re.compile(r"\s+(?:(?:an?|the)\s+)?[\"“]|\s+(?:corrupt|incompetent|illegitimate)\b|\s+an?\s+(?!(?:day|week|month|year|few|couple|second|third|time)\b)"
                    r"[\w\-]+(?:\s+[\w\-]+)?(?:[,.;]|\s+(?:who|and|for|because|of|in)\b)")


def _claimant(code, actor, parts, ps, text, s_start, countries) -> str | None:
    """The party who claims a hostile act of another: "South Korean officials have said
    they believe North Korean agents assassinated Kim" - South Korea. None when the act is
    not reported speech or nobody stands before the reporting verb."""
    if code[:2] not in ("17", "18", "19", "20"):
        return None
    actor_mention = _mention_before(parts, actor, ps)
    if actor_mention is None:
        return None
    head = text[s_start:actor_mention["start_char"]]
    verb = None
    for verb in REPORTED.finditer(head):
        pass
    if verb is None:
        return None
    if re.search(r"[.;]\s*-|[.;]\s+(?-i:[A-Z])", head[verb.end():]):
        return None  # the verb reports an earlier sentence the splitter did not part from this one ("war.-Israel")
    claimants = [p for p in parts if p["end_char"] <= s_start + verb.start() and p["actor_id"] != actor]
    if not claimants or (countries.get(claimants[0]["actor_id"]) or 1) == countries.get(actor):
        return None  # "The Pentagon said US forces had struck ...": a report of its own side's act, not an accusation
    return claimants[0]["actor_id"]


def _coordinated(recipient, parts, pe, text) -> list[str]:
    """Further recipients joined to the first by "and" or a comma: "met with X and Y"."""
    after = [p for p in parts if p["start_char"] >= pe]
    idx = next((i for i, p in enumerate(after) if p["actor_id"] == recipient), None)
    out = []
    while idx is not None and idx + 1 < len(after) and \
            PAIR_JOIN.match(text[after[idx]["end_char"]:after[idx + 1]["start_char"]]):
        out.append(after[idx + 1]["actor_id"])
        idx += 1
    return out


#: the word after a predicate that introduces its recipient, and whether only a participant
#: after it can be the recipient: "discussed US sanctions against Moscow with the Russian
#: ambassador" (the partner follows "with"), "reinforced sanctions ... under Obama" (sanctions
#: fall on whoever follows "on"/"against", or on nobody)
RECIPIENT_MARKERS = {"04": (re.compile(r"\bwith\b"), False), "063": (re.compile(r"\bto\b"), False),
                     "163": (re.compile(r"\b(?:on|against|to|from|for|(?:imports|exports|entry) of)\b"), True)}  # "bans visa-free travel for North Koreans"


MARKER_ENDING = re.compile(r"\b(?:with|for|on|against|to)$", re.I)


def _recipient_marker(code: str, voice: str, trigger: str):
    """(marker pattern, required) for an active predicate whose trigger does not already
    end in a marker ("talks with", "end visa-free travel for"); None for the others."""
    marker = RECIPIENT_MARKERS.get(code) or RECIPIENT_MARKERS.get(code[:2])
    if voice != "active" or marker is None or MARKER_ENDING.search(trigger) or trigger.lower().endswith("assets of") \
            or trigger.lower().startswith(("sanction", "blacklist")):
        return None
    if trigger.lower().startswith("discuss"):
        return marker[0], True  # "Bennett discussed Iran's nuclear programme": a topic; the partner comes "with"
    return marker


def _mention_before(parts, actor, ps) -> dict | None:
    """The actor's last mention before the predicate (which starts at ``ps``)."""
    return max((p for p in parts if p["actor_id"] == actor and p["end_char"] <= ps), key=lambda p: p["start_char"],
               default=None)


def _partner_follows(text, ps, pe) -> bool:
    """The predicate ends in "with" or is followed by it: "a meeting with", "met with"."""
    return text[ps:pe].endswith("with") or bool(re.match(r"\s+with\b", text[pe:pe + 6]))


def _is_person(actor_id: str, actors_type: dict[str, str]) -> bool:
    return actors_type.get(actor_id) == "person" or actor_id.startswith("d_")


#: a leading clause whose subject follows it: "Speaking after talks with his Japanese
#: counterpart, Lavrov said ...", "After meeting Xi, Macron flew home"
LEAD_CLAUSE = re.compile(r"^\s*(?:After|Following|Speaking|During|Before|Upon|Meeting|Talking|Visiting|Addressing|Having"
                         r"|Greeting|Welcoming|Receiving|Hosting|(?:In|At|On)\s+(?:an?|his|her|their|its)\s)\b"
                         r"[^,;\"“]{0,200},")


def _lead_clause(parts, s_start, ps, pe, sentence, actors_type, text):
    """(actor, recipient, how, how) for a predicate inside a leading clause, the actor being
    the clause's subject after the comma; None when the predicate is elsewhere."""
    lead = LEAD_CLAUSE.match(sentence)
    if lead is None or pe > s_start + lead.end() or any(p["end_char"] <= ps and p["start_char"] >= s_start
                                                        and not AT_PLACE.search(sentence[:p["start_char"] - s_start])
                                                        for p in parts):
        return None  # a subject of its own inside the clause ("Speaking in Washington" names no subject)
    clause_end = s_start + lead.end()
    subjects = [p for p in parts if p["start_char"] >= clause_end]
    if not subjects:
        return None
    persons = [p for p in subjects if _is_person(p["actor_id"], actors_type)]
    actor = (persons or subjects)[0]["actor_id"]
    objects = [p["actor_id"] for p in parts if pe <= p["start_char"] < clause_end and p["actor_id"] != actor
               and not _in_the_place(p, text)  # "After the meeting in the Chinese capital"
               and not (MEETING_NOUN.search(text, ps, pe) and not re.search(r"\bwith\b", text[ps:p["start_char"]])
                        and re.search(r"\bof\s+(?:the\s+)?(?:[\w\-]+['’]s?\s+)?$", text[max(0, p["start_char"] - 30):p["start_char"]]))]
    # "At a meeting of Ukraine's National Defense and Security Council, Poroshenko": a body, not a partner
    if not objects:  # "During a phone call last month, Mattis told his German counterpart von der Leyen ..."
        subject = next(p for p in subjects if p["actor_id"] == actor)
        told = MAIN_OBJECT.match(sentence, subject["end_char"] - s_start)
        if told:
            objects = [p["actor_id"] for p in subjects if p["start_char"] == s_start + told.end() and p["actor_id"] != actor]
    return actor, objects[0] if objects else None, "clause_subject", "object" if objects else None


MEETING_NOUN = re.compile(r"meeting|session|summit|conference", re.I)
#: the main clause's object after its subject: "Mattis told his German counterpart X", "Lavrov thanked X"
MAIN_OBJECT = re.compile(r"\s+(?:told|met|thanked|assured|informed|briefed|urged|asked|called)\s+"
                         r"(?:(?:his|her|their|the)\s+)?(?:[\w\-]+\s+){0,3}?(?=[A-Z])")


#: two parties named before, as the subject: "The two leaders condemned ...", "the two sides discussed"
_TWO = (r"\b(?:[Tt]he two|[Bb]oth) (leaders|presidents|ministers|foreign ministers|prime ministers|heads of state|sides|countries"
        r"|nations|delegations|diplomats)")
THE_TWO = re.compile(_TWO + r"\s+(?:[a-z]+\s+){0,3}$")
THE_TWO_NAMED = re.compile(_TWO + r"\b")
#: "They discussed ...", "They also resolved to ...": after an event of two parties, a mutual act of theirs
THEY_NAMED = re.compile(r"\b[Tt]hey\b")
THEY = re.compile(r"(?:^|[.;]\s+|,\s+)(?:[A-Z][a-z]+,\s+)?[Tt]hey\s+(?:also\s+|then\s+|later\s+|have\s+|had\s+)?$")


def _the_two(two: re.Match, last_pair: tuple[str, str], countries: Mapping[str, str]) -> tuple[str, str]:
    """The two parties "the two leaders" refers to; "the two countries" are their countries."""
    first, second = last_pair
    if two.group(1).lower() in ("countries", "nations", "sides"):
        return countries.get(first, first), countries.get(second, second)
    return first, second


#: a country word that names a place: "the meeting in the Chinese capital"
IN_ITS_COUNTRY = re.compile(r"\s*,?\s*(?:in|near)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?")
IN_THE = re.compile(r"\b(?:in|at|near)\s+the\s+$", re.I)
PLACE_NOUN = re.compile(r"\s+(?:capital|city|town|province|region|border|coast|waters|airspace|port|embassy|parliament)\b", re.I)


def _in_the_place(p: dict, text: str) -> bool:
    return bool(IN_THE.search(text[max(0, p["start_char"] - 12):p["start_char"]])
                and PLACE_NOUN.match(text, p["end_char"]))


def _after_in(p: dict, text: str) -> bool:
    """The mention follows "in"/"at" ("in Kabul", "at the White House", "in New Delhi")."""
    return bool(AT_PLACE.search(text, max(0, p["start_char"] - 16), p["start_char"]))


def _at_place(p: dict, text: str, places: Container[tuple]) -> bool:
    """A town or region named after "in"/"at": "the attack on its embassy in Kabul"."""
    return _after_in(p, text) and name_key(p["surface"]) in places


#: force and protest whose target is an unnamed group at home: "arrested dozens of opposition
#: supporters", "shelled the rebel-held town of Douma" - the actor's own country (CAMEO codes
#: domestic events with the same country on both sides)
DOMESTIC_ROOTS = frozenset({"14", "17", "18", "19", "20"})
_DOMESTIC_GROUPS = (r"(?:supporters|protesters|demonstrators|opposition|rebels|militants|insurgents|fighters|civilians"
                    r"|people|activists|journalists|students|workers|dissidents|suspects|villagers|residents|town"
                    r"|village|neighbou?rhoods?|districts?|areas?|positions|strongholds|government|authorities|regime"
                    r"|police)\b")
DOMESTIC_TARGET = re.compile(r"^\s+(?:[\w\-]+\s+){0,5}?" + _DOMESTIC_GROUPS, re.I)


#: the object of words, protest or coercion is an institution of the actor's own country, unnamed: "rejected an
#: amendment to the government's bill", "criticized the president's treatment of Ryan", "protested against the
#: government", "came out in support of the police"
OWN_INSTITUTION = re.compile(r"\s+(?:[\w\-]+\s+){0,4}?(?:(?:the|its|their|his|her)\s+(?:[\w\-]+\s+)?|(?=parliament\b))(?:government|parliament"
                             r"|opposition|judiciary|courts?|president|prime minister|ruling party|administration|lawmakers"
                             r"|cabinet|authorities|regime|police)\b", re.I)
#: the state's own forces as the subject: "Syrian government forces shelled", "Police in Kenya arrested"
FORCE_NOUNS = r"(?:police|army|troops|forces|military|soldiers|authorities|security services|government)"
#: "Pakistan's army said it killed 12 militants": the forces report their own act
FORCE_AFTER = re.compile(r"^['’]?s?\s+(?:[\w\-]+\s+){0,2}?" + FORCE_NOUNS
                         + r"\s+(?:(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|have\s+)?)?$", re.I)
FORCE_BEFORE = re.compile(r"\b" + FORCE_NOUNS + r"\s+(?:in|of)\s+$", re.I)


def _security_force(actor, parts, ps, text) -> bool:
    """The actor's mention is the country of the forces that act right after it."""
    m = _mention_before(parts, actor, ps)
    if m is None:
        return False
    return bool(FORCE_AFTER.match(text[m["end_char"]:ps]) or (FORCE_BEFORE.search(text[max(0, m["start_char"] - 30):m["start_char"]])
                                                             and not text[m["end_char"]:ps].strip()))


def _home_place(after, home, countries, places) -> bool:
    """The first participant after the predicate is a town or region of the actor's own
    country: "the Ukrainian military opened fire on Donetsk"."""
    return bool(after) and countries.get(after[0]["actor_id"]) == home and name_key(after[0]["surface"]) in places


#: "were detained in Moscow", "would be deported from Malaysia": where an arrest happened
ARREST_PLACE = re.compile(r"[^.;,]{0,60}?\b(?:in|from|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$")


def _arrested_where(code, parts, ps, pe, text, actors_type, countries):
    """(actor, recipient, how, how) for an arrest or deportation in the passive without its
    agent: the country where it happened arrested the subject ("more than 600 people,
    including Alexei Navalny, were detained in Moscow": Russia on Navalny)."""
    if code not in ("173", "174"):
        return None
    subject = next((p for p in reversed(parts) if p["end_char"] <= ps and ps - p["end_char"] <= MAX_SUBJECT_GAP
                    and not _after_in(p, text)), None)
    place = next((p for p in parts if pe <= p["start_char"] <= pe + 80 and ARREST_PLACE.fullmatch(text, pe, p["start_char"])
                  and countries.get(p["actor_id"])), None)
    if subject is None or place is None:
        return None
    state = countries[place["actor_id"]]
    if actors_type.get(state) != "country":
        return None
    return state, subject["actor_id"], "location", "subject"


#: "hosted talks between Israel and Hamas": the host is neither side
HOSTED_BETWEEN = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:talks|negotiations|meeting|summit|consultations)\s+between\b", re.I)
IN_NEIGHBOUR = re.compile(r"\b(?:in|into|across)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
#: unnamed attackers in a country: "Gunmen in Mali killed dozens of civilians"
ATTACKERS_IN = re.compile(r"\b(?:gunmen|militants|attackers|insurgents|jihadists|fighters|rebels|assailants|bombers)\s+(?:in|from)"
                          r"\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.I)
#: an unnamed crowd that protests: the country where it gathers is the actor
PROTESTERS = re.compile(r"\b(?:protesters|demonstrators|activists|crowds?|thousands|hundreds|residents|students|people)\b", re.I)


def _protest_place(parts, ps, text, places, countries) -> str | None:
    """The country of the town or region named after "in" in a protest whose protesters are
    not named ("... outside the US embassy in Seoul": South Korea; "protested in Bucharest on Sunday
    against", the town inside the predicate's words)."""
    for p in parts:
        if p["start_char"] >= ps and countries.get(p["actor_id"]) and (
                _at_place(p, text, places) or re.search(r"\b(?:through|across|in)\s+(?:the\s+)?$", text[max(0, p["start_char"] - 12):p["start_char"]])):
            return countries[p["actor_id"]]
    return None


#: lower-case words that may stand between "received"/"welcomed" and the guest
THING_AFTER = re.compile(r"\s+(?!(?:one|two|three|four|five|several|many|twice|once|again|last|earlier|later|recently|today"
                         r"|yesterday|tomorrow|warmly|briefly|personally|monday|tuesday|wednesday|thursday|friday|saturday"
                         r"|sunday|who|whom)\b)([a-z][\w\-]*)")
GUEST_WORDS = CALL_OBJECT_WORDS | frozenset("a an of visiting delegation delegations envoy envoys ambassador officials "
                                            "members representatives credentials army military chief commander "
                                            "defence defense leaders heads presidents ministers counterparts".split())


def _guest(first, pe, text) -> bool:
    """The participant after "received" is who was received, not where something came from:
    "received Russian Foreign Minister Lavrov", not "received a commitment from the Russians"."""
    between = re.findall(r"[\w'’\-]+", text[pe:first["start_char"]])
    thing = THING_AFTER.match(text, first["end_char"])  # "to host a US anti-missile system": a thing, no guest
    # "received the Secretary of the Security Council of Russia Sergei Shoigu": a title of up to eight words
    return len(between) <= 8 and all(w[:1].isupper() or w.lower() in GUEST_WORDS for w in between) \
        and not (thing and thing.group(1).lower() not in GUEST_WORDS | FUNCTION_WORDS) \
        and not re.match(r"['’]s?\s", text[first["end_char"]:first["end_char"] + 3])  # "welcoming Trump's administration"


def _after_with(p, pe, text) -> bool:
    """The participant follows "with" after the predicate: the partner of talks, not their topic
    ("we discussed Syria, Iran ..." - topics)."""
    return bool(re.search(r"\bwith\b", text[pe:p["start_char"]]))


#: two people joined as one subject, a title between: "Mnuchin and South Korea's Finance Minister Yoo"
#: "Within the EU, the UK, Netherlands ... support": a setting before a list, not its first member
LIST_SETTING = re.compile(r"\b(?:within|among|inside|outside|across|throughout)\s+(?:the\s+)?$", re.I)
PERSON_JOIN = re.compile(rf"^\s*and\s+(?:(?:[A-Z][\w\-]*(?:['’]s)?|{JOIN_ROLE})\s+){{0,6}}$")


def _list_head(before, k, text, join, joins=lambda p: True) -> dict:
    """The first of a list of participants ending at before[k], walking back over joins
    ("Russia, China and Iran") while the earlier one qualifies."""
    anded = False
    while k > 0 and joins(before[k - 1]) and not LIST_SETTING.search(text, max(0, before[k - 1]["start_char"] - 12),
                                                                       before[k - 1]["start_char"]):
        gap = text[before[k - 1]["end_char"]:before[k]["start_char"]]
        # "the United States, the European Union and China": ", the" inside a list that ends in "and"; not
        # "Following ... reunification with Russia, the European Union imposed"
        if not (join.match(gap) or (anded and join is PAIR_JOIN and re.fullmatch(r"\s*,\s*the\s+", gap))):
            break
        anded = anded or "and" in gap
        k -= 1
    return before[k]


def _own_side(candidate, after, home, text, actors_type, countries) -> bool:
    """The candidate is the actor's own country used as an attribute of what follows ("US
    allies", "Washington's key ally"), with a foreign party after it."""
    m = next(p for p in after if p["actor_id"] == candidate)  # after: the participants after the predicate
    return actors_type.get(candidate) == "country" and countries.get(candidate) == home \
        and bool(re.match(r"(?:['’]s)?\s+[a-z]", text[m["end_char"]:m["end_char"] + 4])) \
        and any(countries.get(p["actor_id"]) not in (None, home) for p in after if p["start_char"] > m["start_char"])


#: a relative pronoun, then a verb or more before a name: "the authorities who were going out of their way to do Russia"
RELATIVE_OPENS = re.compile(r"\b(?:who|which)\s+(?!(?:the\s+)?(?-i:[A-Z]))", re.I)
#: an aside set off by commas: a relative or participle clause, or an apposition ("Jordan, one of the few Arab
#: states to have diplomatic ties with Israel, also denounced"; not a list: "Russia, the United States, and")
RELATIVE_SPAN = re.compile(r",\s*(?:who|which|(?!according\b)[a-z]+ing|one of|an?\s+(?-i:[a-z])|the\s+(?-i:[a-z]))\b[^,;\"“”]*,")
#: the whole of what stands between a subject and its predicate when it is such an aside
ASIDE_GAP = re.compile(RELATIVE_SPAN.pattern + r"\s*(?:(?:also|later|then|again|\w+ly|on\s+\w+day)\s+)*")
RELATIVE_AFTER_NAME = re.compile(r",\s*(?:who|which)\b")
MAX_RELATIVE_SUBJECT_GAP = 250  # "Patrushev, who on Monday also held an exchange with ..., leader of ..., thanked"
CLAUSE_CLOSED = re.compile(r"[,;:\"“”]|\.\s*[-–]|\b(?:said|says|say|told|that)\b")


def _in_relative_clause(before: list[dict], ps: int, text: str) -> list[dict]:
    """The mentions inside a relative clause between the subject and its predicate: "the American
    authorities who were going out of their way to do Russia as much harm as possible blocked access":
    the authorities blocked it, not Russia. Not "Ukraine, which Russia invaded" (the clause's own subject)."""
    if len(before) < 2 or text[ps:ps + 40].split()[0].lower().endswith("ing"):
        return []  # "Japan, which was Tillerson's first stop before traveling to": a gerund is the clause's own
    # a clause set off by commas: "Ukraine, which Russia invaded in 2014, accused"
    spans = [m.span() for m in RELATIVE_SPAN.finditer(text, before[0]["end_char"], ps)]
    inside = [p for p in before if any(a <= p["start_char"] < b for a, b in spans)]
    opens = [m for m in RELATIVE_OPENS.finditer(text, before[0]["end_char"], ps)]
    if opens:
        start = opens[-1].end()  # up to a comma or a new clause that closes it: "..., who lived there, said that Iraqis"
        inside += [p for p in before if p["start_char"] >= start and p not in inside
                   and not CLAUSE_CLOSED.search(text, start, p["start_char"])]
    return inside


def _unless_all(mentions: list[dict], out: list[dict]) -> list[dict]:
    """The mentions without those in ``out`` - unless that would leave none."""
    return [p for p in mentions if p not in out] if out and len(out) < len(mentions) else mentions


OTHER_BLOC = re.compile(r"\bother\s+$")
ALONG_WITH = re.compile(r",\s*(?:along|together)\s+with\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")
BLOC_MEMBERS = re.compile(r"\s+(?:nations|countries|members|member states|states|governments)\b")


def _possessor_head(first, text, agent, default):
    """The one a passive's subject belongs to when a possessive heads it ("Israel's strikes on Iranian nuclear
    sites were condemned by ..." condemn Israel, not Iran); else ``default``."""
    if first is not None and first["actor_id"] != agent and POSSESSIVE.match(text, first["end_char"]):
        return first["actor_id"]
    return default


def _roles(voice, parts, ps, pe, text, sentence, last_person, actors_type, code="", places=frozenset(),
           countries=None, last_pair=None):
    before = [p for p in parts if p["end_char"] <= ps and ps - p["end_char"] <= MAX_SUBJECT_GAP]
    earlier = [p for p in parts if p["end_char"] <= ps and p not in before]
    if before and earlier and ps - earlier[-1]["end_char"] <= MAX_RELATIVE_SUBJECT_GAP \
            and RELATIVE_AFTER_NAME.match(text, earlier[-1]["end_char"]):
        before = [earlier[-1]] + before  # the subject a relative clause follows, however long the clause
    located = [p for p in before if _after_in(p, text)
               and (actors_type.get(p["actor_id"]) == "country" or name_key(p["surface"]) in places)
               and not re.match(r"\s+[A-Z]", text[p["end_char"]:p["end_char"] + 2])]  # not "in the US Congress"
    before = _unless_all(before, located)  # "A Russian airstrike in Syria killed": where, not who
    # "Turkey, along with the Free Syrian Army, launched": a companion set off by commas is not the subject
    before = _unless_all(before, [p for p in before if ALONG_WITH.search(text, max(0, p["start_char"] - 40), p["start_char"])
                                  and re.match(r"[^,;]{0,40},", text[p["end_char"]:ps])])
    # "the United States and group of 13 other OAS nations called on": the members' bloc qualifies the others
    before = _unless_all(before, [p for p in before if OTHER_BLOC.search(text, max(0, p["start_char"] - 8), p["start_char"])
                                  and BLOC_MEMBERS.match(text, p["end_char"])])
    # "Syrian forces backed by Russian air power retook Aleppo": Syria's
    before = _unless_all(before, [p for p in before if BACKED_BY.search(text, max(0, p["start_char"] - 24), p["start_char"])])
    # "The Russian ambassador to Cuba met ...": Russia's, not Cuba's
    before = _unless_all(before, [p for p in before if POSTED_TO.search(text, max(0, p["start_char"] - 40), p["start_char"])])
    before = _unless_all(before, _in_relative_clause(before, ps, text))
    after = [p for p in parts if p["start_char"] >= pe and p["start_char"] - pe <= MAX_OBJECT_GAP]
    if voice == "by":
        if not after or len(re.findall(r"[\w\-]+", text[pe:after[0]["start_char"]])) > 4:
            return None  # "the refusal of the armed opposition to join the talks in Astana": not Astana
        home = (countries or {}).get(after[0]["actor_id"])  # "by Federation Council speaker, Valentina Matviyenko, and
        said = ATTRIBUTION_AFTER.search(text, pe, pe + MAX_OBJECT_GAP + 40)  # "..., Putin said": the source, no party
        others = [p["actor_id"] for p in after[1:] if p["actor_id"] != after[0]["actor_id"]  # French Senate President"
                  and not (said and p["start_char"] >= said.start())]
        if re.match(r"(?i:came|come|comes|coming)\s", text[ps:pe]):
            others = []  # "The Israeli army came under fire from Hezbollah rockets along the Lebanese border": the army
        rec = next((a for a in others if home is None or (countries or {}).get(a) != home), others[0] if others else None)
        if rec is None and (code == "163" or re.match(r"(?i:was|were|has been|had been|came|come|comes|coming)\s", text[ps:pe])) and before \
                and before[-1]["actor_id"] != after[0]["actor_id"]:
            # "anti-Russian sanctions were imposed by"; "The Cuban leader was awarded the Order of Friendship by"
            return after[0]["actor_id"], _possessor_head(before[0], text, after[0]["actor_id"], before[-1]["actor_id"]), \
                "by", "before"
        target = next((p["actor_id"] for p in parts if ps <= p["start_char"] < pe and p["actor_id"] != after[0]["actor_id"]
                       and re.search(r"\b(?:on|against)\s+(?:the\s+)?$", text[max(ps, p["start_char"] - 12):p["start_char"]])),
                      None) if rec is None else None
        if target:  # "eight air strikes on Syria's Idlib carried out by Russia's Aerospace Forces"
            return after[0]["actor_id"], target, "by", "object"
        return after[0]["actor_id"], rec, "by", "after" if rec else None
    if voice == "host":  # "Y welcomed X": X visited Y
        if len(after) >= 2 and HOSTED_BETWEEN.match(text, pe) and after[0]["actor_id"] != after[1]["actor_id"]:
            return after[0]["actor_id"], after[1]["actor_id"], "between", "between"  # "hosted talks between X and Y"
        # "received in Havana the Vice Chairman of the Russian Government": the place first, then the guest
        guests = after[1:] if after and re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", text[pe:after[0]["start_char"]]) else after
        if before and guests and before[-1]["actor_id"] != guests[0]["actor_id"] \
                and _guest(guests[0], after[0]["end_char"] if guests is not after else pe, text):
            return guests[0]["actor_id"], before[-1]["actor_id"], "object", "subject"
        return None
    if voice == "possessive":  # "Tillerson's first visit to Ankara", "the Dutch government's refusal to allow"
        if before and POSSESSOR.fullmatch(text, before[-1]["end_char"], ps) and after \
                and after[0]["actor_id"] != before[-1]["actor_id"]:
            return before[-1]["actor_id"], after[0]["actor_id"], "possessor", "object"
        return None
    if voice == "claimed":  # "X has said Y was behind the hacks": X accuses Y
        if len(before) >= 2 and before[-2]["actor_id"] != before[-1]["actor_id"]:
            return before[-2]["actor_id"], before[-1]["actor_id"], "subject", "accused"
        return None
    if voice == "adjective_agent":  # "were killed in a US drone strike in Paktika": the US on Afghanistan
        agent = after[0] if after and STRIKE_DETERMINERS.fullmatch(text, pe, after[0]["start_char"]) \
            and SIDE_ADJECTIVE.fullmatch(after[0]["surface"]) else None
        if agent is None:
            return None
        home = (countries or {}).get(agent["actor_id"])
        said = ATTRIBUTION_AFTER.search(text, pe, pe + MAX_OBJECT_GAP + 40)
        victims = [p["actor_id"] for p in before if (countries or {}).get(p["actor_id"]) not in (None, home)]
        where = [p["actor_id"] for p in after[1:] if p["start_char"] - agent["end_char"] <= 60
                 and (countries or {}).get(p["actor_id"]) not in (None, home) and not (said and p["start_char"] >= said.start())]
        if not (victims or where):
            return None
        return agent["actor_id"], (victims or where)[-1 if victims else 0], "adjective", "victims" if victims else "location"
    if voice == "drawn":  # the critic comes after "from", the criticised before: "X has drawn criticism from Y"
        critic = next((p for p in after if FROM_CRITIC.fullmatch(text, pe, p["start_char"])), None)
        if critic is None or not before or before[-1]["actor_id"] == critic["actor_id"]:
            return None
        return critic["actor_id"], _possessor_head(before[0], text, critic["actor_id"], before[-1]["actor_id"]), "from", "subject"
    if voice == "received_by":
        # "Patrushev, who is on an official visit to Cuba, was received by": Cuba left out above (_in_relative_clause)
        subject = before[-1] if before else None
        if subject and after and subject["actor_id"] != after[0]["actor_id"]:
            return subject["actor_id"], after[0]["actor_id"], "subject", "agent"
        return None
    between_follows = text[ps:pe].lower().endswith(("between", "together", "involving")) \
        or re.match(r"[\"”?]*\s*(?:(?:took|takes|will take) place\s+|(?:was|were|is|are|will be) held\s+)?between\b", text[pe:pe + 30]) \
        or (code[:2] in ("04", "06") and len(after) >= 2 and re.fullmatch(r"(?:\s*of)?\s+(?:the\s+)?", text[pe:after[0]["start_char"]])
            and (text[ps:pe].lower().endswith(" of") or re.match(r"\s*of\b", text[pe:pe + 4]))
            and (PAIR_JOIN.match(text[after[0]["end_char"]:after[1]["start_char"]])  # "of the Russian Airborne Force and the"
                 or FORCE_JOIN.match(text[after[0]["end_char"]:after[1]["start_char"]])))  # "a meeting of X and Y"
    if between_follows and len(after) >= 2 and after[0]["actor_id"] != after[1]["actor_id"] \
            and code not in MEDIATION:  # a mediator acts between two: it is the actor, the first of them the recipient
        return after[0]["actor_id"], after[1]["actor_id"], "between", "between"
    with_partner = bool(after) and (_partner_follows(text, ps, pe)  # "X and Y recognised China": China
                                    or (code == "054" and re.fullmatch(r"\s+(?:the\s+|an?\s+)?", text[pe:after[0]["start_char"]]))
                                    or (DIRECT_OBJECT.match(text, pe) is not None  # "The French and German leaders met Putin"
                                        and after[0]["start_char"] - pe <= 20)
                                    or (code == "057" and re.fullmatch(r"[^.;,]{0,40}?\bwith\s+(?:the\s+)?", text[pe:after[0]["start_char"]])
                                        is not None))  # "Burkina Faso and Niger signed a defence pact with Mali"
    if EACH_OTHER.match(text, pe) and len(before) >= 2 and before[-2]["actor_id"] != before[-1]["actor_id"] \
            and PAIR_JOIN.match(text[before[-2]["end_char"]:before[-1]["start_char"]]):
        return before[-2]["actor_id"], before[-1]["actor_id"], "each_other", "each_other"  # "X and Y accused each other"
    if (code[:2] in MUTUAL or code in MUTUAL) and code not in ("042", "043") and code not in MEDIATION \
            and len(before) >= 2 and not with_partner \
            and PAIR_JOIN.match(text[before[-2]["end_char"]:before[-1]["start_char"]]):
        # "X and Y met", "Russia, Iran and Turkey will meet": the first of the list and the next
        head = before.index(_list_head(before, len(before) - 1, text, PAIR_JOIN))
        if head < len(before) - 2 and ACCORDING_TO.search(text, max(0, before[head]["start_char"] - 20),
                                                          before[head]["start_char"]):
            head += 1  # "According to the Kremlin, Putin and Macron discussed": the source is no party
        if before[head]["actor_id"] != before[head + 1]["actor_id"]:
            return before[head]["actor_id"], before[head + 1]["actor_id"], "pair", "pair"
    two = THE_TWO.search(text, max(0, ps - 60), ps) if last_pair else None
    if two and before and before[-1]["end_char"] > two.start():
        two = None  # "... said the two countries had agreed": "the two" nearer than any name; else a name is the subject
    if two:  # "The two presidents also discussed ...": the two parties of the article's last event
        first, second = _the_two(two, last_pair, countries or {})
        if first != second and (code[:2] in MUTUAL or code in MUTUAL) and not with_partner:
            return first, second, "the_two", "the_two"
    if last_pair and not before and not two and (code[:2] in MUTUAL or code in MUTUAL) and not with_partner \
            and THEY.search(text, max(0, ps - 40), ps):
        return last_pair[0], last_pair[1], "the_two", "the_two"  # "Additionally, They discussed methods to ..."
    persons_before = [p for p in before if _is_person(p["actor_id"], actors_type)]
    pronoun = PRONOUN_BEFORE.search(text, max(0, ps - 12), ps)
    named = [p for p in parts if p["end_char"] <= ps and _is_person(p["actor_id"], actors_type)] if pronoun else []
    # "Flynn, ... one of President Donald Trump's senior aides ... that he discussed": the possessor is not "he"
    named = [p for p in named if not POSSESSIVE.match(text, p["end_char"])] or named
    if two and first != second:
        actor, how = first, "the_two"
    elif named and (not persons_before or (POSSESSIVE.match(text, persons_before[-1]["end_char"])
                                           and named[-1] is not persons_before[-1])):
        # "Xi Jinping ..., first in Kazakhstan, ... and he paid a visit": Xi
        actor, how = named[-1]["actor_id"], "pronoun"
    elif before and persons_before and persons_before[-1] is not before[-1] and not NOUN_PREDICATE.match(text, ps) \
            and IMMEDIATE_SUBJECT.fullmatch(text, before[-1]["end_char"], ps) \
            and not OF_PLACE_OR_NAME.search(text, max(0, before[-1]["start_char"] - 20), before[-1]["start_char"]):
        # "... the Trump administration's threats over maritime disputes China called on the United States": the
        # country right before the predicate is its subject, not a person named further back
        actor, how = before[-1]["actor_id"], "subject"
    elif persons_before:  # "Patrushev, who is visiting Cuba": the person, not the nearer country
        # "Mnuchin and Yoo Il-ho expressed concern": the first of the pair
        head = _list_head(before, before.index(persons_before[-1]), text, PERSON_JOIN,
                          lambda p: _is_person(p["actor_id"], actors_type))
        actor, how = head["actor_id"], "subject"
    elif before:  # "Russia, China and Iran, who are supporting ...": the first of the list
        actor, how = _list_head(before, len(before) - 1, text, PAIR_JOIN)["actor_id"], "subject"
    elif last_person and (PRONOUN_START.match(sentence) or PRONOUN_BEFORE.search(text[max(0, ps - 12):ps])):
        actor, how = last_person, "pronoun"
    elif last_person and after and _partner_follows(text, ps, pe):
        actor, how = last_person, "context"  # "The visit also included a meeting with Raul Castro"
    elif code[:2] == "14" and PROTESTERS.search(text, max(0, ps - 80), ps) and (where := _protest_place(parts, ps, text, places, countries)):
        actor, how = where, "location"  # "Thousands of protesters rallied outside the US embassy in Seoul"
    else:
        return None
    relative = RELATIVE.search(text, pe, pe + MAX_OBJECT_GAP)  # "rejected an amendment that would safeguard EU ..."
    relative = relative if relative and text[pe:relative.start()].strip() else None
    # "denied involvement ... and blamed South Korea": a recipient after the next predicate is that one's
    nxt = COORDINATED_PREDICATE.search(text, pe, pe + MAX_OBJECT_GAP)
    limit = min(relative.start() if relative else len(text),
                nxt.start() if nxt and (_ANY.match(text, nxt.end()) or PAST_VERB.match(text, nxt.end())) else len(text))
    said = ATTRIBUTION_AFTER.search(text, pe, pe + MAX_OBJECT_GAP + 40)  # "..., South Korea's military said."
    limit = min(limit, said.start()) if said else limit
    if code[:2] == "10" and ADDRESSEE_VERB.match(text, ps, pe) and (stop := OBJECT_INFINITIVE.search(text, pe, pe + MAX_OBJECT_GAP)):
        limit = min(limit, stop.start())  # "appealed to the international community to pressure Israel": not Israel
    clause = NEW_SUBJECT_CLAUSE.search(text, pe, pe + MAX_OBJECT_GAP)  # "... and his top adviser on trade accused Germany"
    limit = min(limit, clause.start()) if clause else limit
    if code == "172":  # "barred X from entering the US": X, not where it was barred from
        barred_from = FROM.search(text, pe, pe + MAX_OBJECT_GAP)
        limit = min(limit, barred_from.start()) if barred_from else limit
    home = (countries or {}).get(actor)
    rec_candidates = [p["actor_id"] for p in after if p["actor_id"] != actor
                      and p["start_char"] < limit
                      and not (code[:2] in VERBAL_ROOTS and (_at_place(p, text, places)
                                                             or (code not in ("042", "043") and _in_the_place(p, text))
                                                             or VISIT_TO.search(text, max(0, p["start_char"] - 25), p["start_char"])))
                      and not (home and (countries or {}).get(p["actor_id"]) == home
                               and text[p["end_char"]:p["end_char"] + 1] == "-")  # "the Russian-French dialogue"
                      and not (NEAR_PLACE.search(text, max(0, p["start_char"] - 12), p["start_char"])
                               and ARMED_GROUP_AFTER.match(text, pe, pe + 60))]
    if code == "115":  # "filed a case at the International Court of Justice accusing Israel": the court only hears it
        rec_candidates = [c for c in rec_candidates if (countries or {}).get(c)] or rec_candidates
    marker = _recipient_marker(code, voice, text[ps:pe])
    if (code == "051" and text[ps:pe].lower().startswith("welcom")) or (code[:2] == "12" and CLAIMS_AFTER.match(text, pe)):
        # "welcomed the release of journalist Cheng Lei by China": the one who did what is welcomed
        doer = [p["actor_id"] for p in after if p["start_char"] < limit and p["actor_id"] != actor
                and re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[max(pe, p["start_char"] - 10):p["start_char"]])]
        rec_candidates = doer[:1] + [c for c in rec_candidates if c not in doer[:1]] if doer else rec_candidates
    if marker is not None and code[:2] == "04" and rec_candidates and DIRECT_OBJECT.match(text, pe) \
            and any(p["actor_id"] == rec_candidates[0] and p["start_char"] - pe <= 20 for p in after):
        marker = None  # "met Omani officials in Muscat for indirect talks with the United States": Oman
    if marker is not None:
        found = marker[0].search(text[pe:pe + MAX_OBJECT_GAP])
        if found and re.match(r"(?:\s*\S+){0,8}\s*$", text[pe:pe + found.start()]):
            at = pe + found.end()  # the recipient may stand as far from its marker as from a predicate
            stop = OBJECT_INFINITIVE.search(text, at, at + MAX_OBJECT_GAP) if code[:2] == "10" and ADDRESSEE_VERB.match(text, ps, pe) else None
            end = stop.start() if stop else at + MAX_OBJECT_GAP  # "appealed to the international community to pressure Israel"
            marked = [p["actor_id"] for p in parts if at <= p["start_char"] <= end and p["actor_id"] != actor]
            rec_candidates = marked if marked or marker[1] else rec_candidates
        elif marker[1]:
            rec_candidates = []
    following = [p for p in parts if p["start_char"] >= pe]
    if len(rec_candidates) > 1 and (code[:2] in ("15", "18", "19") or code in ("042", "043")) \
            and rec_candidates[0].startswith("d_") and (countries or {}).get(rec_candidates[0]) is None:
        # "deployed ... to an airbase at Sidi Barrani in western Egypt": a place no dictionary knows, then its country
        first = next(p for p in following if p["actor_id"] == rec_candidates[0])
        then = next((p for p in following if p["start_char"] > first["end_char"]), None)
        if then is not None and then["actor_id"] == rec_candidates[1] and (countries or {}).get(then["actor_id"]) \
                and IN_ITS_COUNTRY.fullmatch(text, first["end_char"], then["start_char"]):
            rec_candidates = rec_candidates[1:]
    if len(rec_candidates) > 1 and home and _own_side(rec_candidates[0], following, home, text, actors_type, countries):
        rec_candidates = rec_candidates[1:]  # "visiting US allies South Korea and Japan": the allies
    recipient = rec_candidates[0] if rec_candidates else None
    if code[:2] == "04":  # "Wang Yi, with whom Tillerson met on Saturday, warned Washington": Wang Yi
        subject = next((p for p in reversed(before) if p["actor_id"] == actor), None)
        if subject is not None and re.search(r",\s*with whom\s+$", text[:subject["start_char"]]):
            antecedent = [p for p in before if p["end_char"] < subject["start_char"] and p["actor_id"] != actor]
            if antecedent:
                recipient = antecedent[-1]["actor_id"]
    if recipient is None and home and code[:2] in ("19", "20") and (m := _mention_before(parts, actor, ps)) is not None \
            and (where := next((p for p in located if (countries or {}).get(p["actor_id"]) not in (None, home)
                                and FORCE_IN.fullmatch(text, m["end_char"], p["start_char"])), None)):
        return actor, where["actor_id"], how, "location"  # "A Russian airstrike in Syria killed 12 people": on Syria
    if recipient is None and home and code[:2] in ("18", "19", "20") and DOMESTIC_TARGET.match(text[pe:pe + 80]) \
            and (m := _mention_before(parts, actor, ps)) is not None \
            and ATTACKERS_IN.search(text, max(0, m["start_char"] - 30), m["start_char"]):
        abroad = next((p["actor_id"] for p in parts if p["start_char"] >= pe and (countries or {}).get(p["actor_id"])
                       not in (None, home) and IN_NEIGHBOUR.search(text, max(0, p["start_char"] - 24), p["start_char"])), None)
        if abroad:  # "gunmen from South Sudan have killed 28 people ... in neighbouring Ethiopia"
            return actor, abroad, "location", "location"
        return actor, home, "location", "domestic"  # "Gunmen in Mali killed dozens of civilians": Mali on Mali
    if recipient is None and home and code[:2] in DOMESTIC_ROOTS and not OBJECT_PRONOUN.match(text[pe:pe + 6]) \
            and (DOMESTIC_TARGET.match(text[pe:pe + 80]) or _home_place(after, home, countries, places)) \
            and _security_force(actor, parts, ps, text):
        return actor, home, how, "domestic"
    if recipient is None and home and (code[:2] in VERBAL_ROOTS - {"04"} or code[:2] in ("14", "17")) \
            and (own := OWN_INSTITUTION.match(text, pe, pe + 60)) \
            and not (code[:2] == "05" and re.search(r"(?i:president|prime minister)$", own.group(0))) \
            and not any(pe <= p["start_char"] < pe + 60 and (countries or {}).get(p["actor_id"]) != home for p in parts):
        # "criticized the president's treatment of Ryan": at home (praise of "the President" is as often of
        # another country's)
        return actor, home, how, "domestic"
    if recipient is None and home and code == "1724":
        return actor, home, how, "domestic"  # martial law or a curfew is imposed at home
    if code == "138" and text[pe - 12:pe].endswith("on the table") and _is_person(actor, actors_type):
        # "Tillerson said that on North Korea all options were on the table": the party named in the
        # option ("military action against North Korea is an option on the table") or before it
        other = [p for p in parts if p["end_char"] <= pe and (countries or {}).get(p["actor_id"], p["actor_id"]) != home
                 and not _at_place(p, text, places)]  # not "saying in Seoul that ..."
        inside = [p for p in other if p["start_char"] >= ps]
        if inside or (other and recipient is None):
            return actor, (inside or other)[-1]["actor_id"], how, "object"
    if recipient is None and OBJECT_PRONOUN.match(text[pe:pe + 6]):
        # "Morsi served for only a year before the military ousted and arrested him": the person named last
        named = [p["actor_id"] for p in parts if p["end_char"] <= ps and p["actor_id"] != actor
                 and _is_person(p["actor_id"], actors_type)]
        him = named[-1] if named else last_person
        if him and him != actor:
            return actor, him, how, "pronoun"
    if PASSIVE_BY.match(text[pe:pe + 40]) and (PASSIVE_BY.match(text[pe:pe + 5]) or PASSIVE_AUX.search(text, max(0, ps - 40), ps)):
        if recipient is not None:  # "X was criticized by Y"
            actor = _possessor_head(next((p for p in parts if p["end_char"] <= ps), None), text, recipient, actor)
            return recipient, actor, "agent", "subject"
        if PASSIVE_AUX.search(text, max(0, ps - 40), ps):
            return None  # "Mohamed Barry was killed by police": done to the subject by no party named
    return actor, recipient, how, "object" if recipient else None
