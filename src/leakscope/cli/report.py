"""`leakscope report CASE`: the investigation report (and optionally every draft)."""

from __future__ import annotations

from pathlib import Path

import typer

from leakscope.assess import assess_case, load_facts_file
from leakscope.cli.assess import facts_errors
from leakscope.cli.console import console, emit_jsonl, err_console
from leakscope.cli.errors import open_case
from leakscope.report import FORMATS, write_drafts, write_report
from leakscope.report.chart import cjk_font_available


def report_command(
    case_dir: Path = typer.Argument(..., metavar="CASE", help="Case folder."),
    fmt: list[str] = typer.Option(["pdf"], "--format",
                                  help="md, html, docx, pdf or all; repeat for several."),
    lang: list[str] = typer.Option(["ja"], "--lang", help="ja or en; repeat for both."),
    facts_file: Path = typer.Option(None, "--facts", help="FACTS.yaml overriding the case."),
    drafts: bool = typer.Option(False, "--drafts", help="Also write every draft."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines: one record per file."),
) -> None:
    """Write the investigation report into CASE/reports/ (0600, SHA-256 in the ledger)."""
    if "all" in fmt:
        fmt = list(FORMATS)
    if "pdf" in fmt and "ja" in lang and not cjk_font_available():
        err_console.print("[yellow]warning:[/yellow] no Noto Sans CJK font: Japanese in the PDF "
                          "will show as boxes (Debian: apt-get install fonts-noto-cjk)")
    with facts_errors(json_out):
        given = load_facts_file(facts_file) if facts_file else None
        with open_case(case_dir) as case:
            assessed = assess_case(case, given, source=str(facts_file or "case"))
            paths = write_report(case, fmt, lang, assessed=assessed)
            if drafts:
                paths += write_drafts(case, fmt, lang, assessed=assessed)
    if json_out:
        for path in paths:
            emit_jsonl({"type": "report", "path": str(path)})
        emit_jsonl({"type": "summary", "files": len(paths)})
        return
    for path in paths:
        console.print(str(path), highlight=False)
