"""Every CLI command has help that ends with an example and is documented in the README."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_cli_has_the_commands_the_spec_relies_on():
    assert {"ingest", "analyze", "export", "report", "serve"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_help_ends_with_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"newsdesk {name}" in result.output.split("Example:")[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_is_documented_in_readme(name):
    assert f"`newsdesk {name}" in README


def test_cli_usage_error_exits_2_without_traceback():
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "--out", "x"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
