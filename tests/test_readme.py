"""The README's promises: its library example runs and its example queries answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.graph.results import with_prefixes

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = sorted((ROOT / "src" / "newsgraph" / "graph" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def seed_graph():  # type: ignore[no-untyped-def]
    import newsgraph

    return newsgraph.build([ROOT / "examples" / "000_9cbf2cd40884a872.txt"])


def test_readme_library_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    block = re.search(r"```python\n(.*?)```", README, flags=re.S)
    assert block is not None
    monkeypatch.chdir(ROOT)
    exec(compile(block.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "country/IT" in out and "event-type/Meeting" in out


def test_readme_lists_every_query_file() -> None:
    for path in QUERIES:
        assert path.name in README, f"{path.name} is not described in the README"


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_readme_query_answers_on_seed(seed_graph, path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = list(seed_graph.query(with_prefixes(path.read_text(encoding="utf-8"))))
    assert rows, f"{path.name} returned no rows on the seed"


# ------------------------------------------------------------------ the README's commands

_SUBCOMMANDS = ("build", "fetch", "query", "events", "officials", "stats", "serve", "push", "extract",
                "visualize", "validate", "evaluate")
#: Subcommands cheap enough to run as written (the others' --help runs instead). Never add fetch,
#: or build with a URL: they would reach the network.
_RUN_AS_WRITTEN = ("evaluate", "query", "events", "officials", "validate")
#: Scripts cheap enough to run as written.
_SCRIPTS_AS_WRITTEN = ("tools/calibrate_names.py",)


def _readme_commands() -> list[str]:
    """Every command the README shows: inline ``.venv/bin/…`` spans and lines of shell blocks."""
    found: list[str] = []
    for m in re.finditer(r"`(\.venv/bin/[^`]+)`", README, flags=re.S):
        found.append(" ".join(m.group(1).split()))
    in_block = False
    for line in README.splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        if in_block and re.match(r"(\.venv/bin/|newsgraph |python |pip )", line):
            found.append(line.split("  #")[0].strip())
    return sorted(set(found))


def test_readme_commands_run_from_the_venv() -> None:
    # A bare `newsgraph`/`python` is not on PATH in a fresh shell after `make demo`.
    names = "|".join(_SUBCOMMANDS)
    bare = re.compile(rf"`(newsgraph ({names}) |python (tools|benchmarks)/|pip install)")
    lines = [ln for ln in README.splitlines() if not ln.startswith("#") and bare.search(ln)]
    assert lines == []
    assert not [c for c in _readme_commands() if not c.startswith((".venv/bin/", "make "))]


def _how_to_run(command: str) -> list[str] | None:
    """The argv a test runs for a README command: as written, or with --help; None to skip."""
    words = re.sub(r"\[[^\]]*\]", "", command).split()  # "[--model none]" marks an option
    if len(words) < 2 or words[0].endswith("/pip"):
        return None  # a name (".venv/bin/newsgraph"), or an install
    if words[0].endswith("/newsgraph"):
        sub = words[1]
        assert sub in _SUBCOMMANDS, command
        return words if sub in _RUN_AS_WRITTEN else [words[0], sub, "--help"]
    script = words[1]
    assert (ROOT / script).is_file(), command
    return words if script in _SCRIPTS_AS_WRITTEN else [words[0], script, "--help"]


@pytest.mark.parametrize("command", _readme_commands())
def test_readme_command_works_in_a_fresh_shell(command: str) -> None:
    import shlex
    import subprocess

    argv = _how_to_run(command)
    if argv is None:
        pytest.skip("not a command to run here")
    if not (ROOT / ".venv" / "bin").is_dir():
        pytest.skip("needs the project's .venv (make install)")
    if not (ROOT / "outputs" / "graph.trig").is_file():
        pytest.skip("needs make demo's outputs/")
    # The corpus gold holds offsets into ../shared's articles, not their text.
    needs_shared = ("../shared", "tests/data/gold/ar", "tests/data/gold/en")
    if any(part in " ".join(argv) for part in needs_shared) and not (ROOT.parent / "shared").is_dir():
        pytest.skip("needs ../shared beside the checkout")
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(Path.home()), "LANG": "C.UTF-8"}
    done = subprocess.run(shlex.split(" ".join(argv)), cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode == 0, f"{command}\n{done.stderr[-2000:]}"
