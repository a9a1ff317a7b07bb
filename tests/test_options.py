"""One declaration of the run options (flows/options.py): the CLI's `run` and `serve`, the flow and
prefect.yaml are all built from it."""
import datetime as dt

import pytest
import yaml

from flows import PROJECT_ROOT, cli
from flows.options import RunOptions

#: a value other than the default, by field
CHANGED = {"inputs": ["seeds/articles/001.txt"], "warehouse_dir": "/tmp/elsewhere",
           "field_map": {"published": "pub_time"}, "max_bytes": 12345, "full_refresh": True,
           "since": dt.date(2024, 1, 1), "until": dt.date(2024, 2, 1), "user_agent": "TestAgent/1",
           "allow_private": True, "chunk_articles": 7, "lake": "s3://bucket/prefix", "lock_timeout": 5.0}


def argv_for(values: dict) -> list[str]:
    out = []
    for name, value in values.items():
        flag = RunOptions.model_fields[name].json_schema_extra["flag"]
        if value is True:
            out.append(flag)
        elif isinstance(value, list):
            out += [x for v in value for x in (flag, v)]
        elif isinstance(value, dict):
            out += [x for k, v in value.items() for x in (flag, f"{k}={v}")]
        else:
            out += [flag, str(value)]
    return out


def test_every_flagged_option_has_a_changed_value_here():
    flagged = {n for n, f in RunOptions.model_fields.items() if (f.json_schema_extra or {}).get("flag")}
    assert flagged == set(CHANGED)
    assert all(CHANGED[n] != RunOptions().model_dump()[n] for n in CHANGED)


def test_every_run_option_given_to_serve_reaches_the_flow_run(monkeypatch):
    from flows.etl import etl

    captured = {}
    monkeypatch.setattr(type(etl), "serve", lambda self, **kw: captured.update(kw))
    assert cli.main(["serve", *argv_for(CHANGED), "--cron", "0 3 * * *"]) == 0
    # the parameters the deployment stores are what the flow run is called with
    options = etl.validate_parameters(captured["parameters"])["options"]
    assert options == RunOptions(**CHANGED)


def test_run_builds_the_same_options_from_its_flags():
    args = cli.parser().parse_args(["run", *argv_for(CHANGED)])
    from flows.options import from_args

    assert from_args(args) == RunOptions(**CHANGED)
    # and the defaults are the model's (serve waits for the lock by default)
    assert from_args(cli.parser().parse_args(["run"])) == RunOptions()
    assert from_args(cli.parser().parse_args(["serve"])).lock_timeout == 600


def test_prefect_yaml_parameters_are_run_options():
    deployments = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text())["deployments"]
    for d in deployments:
        assert set(d["parameters"]) <= {"options", "take_lock"}
        RunOptions.model_validate(d["parameters"]["options"])


def test_bad_values_are_refused_with_the_option_named():
    with pytest.raises(SystemExit):
        cli.parser().parse_args(["run", "--map", "nonsense"])
    with pytest.raises(ValueError, match="max_bytes"):
        RunOptions(max_bytes=0)
