"""French is shipped complete: every string of the app has a finished translation."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from briefing.resources import resource
from briefing.ui.i18n import effective_language, install_translations, qm_path

TS = resource("translations", "briefing_fr.ts")
PLACEHOLDER = re.compile(r"\{\w*\}")
ROOT = Path(__file__).resolve().parents[2]


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def test_every_string_has_a_finished_french_translation():
    problems = []
    count = 0
    for context, message in messages():
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
        for text in texts:
            # An undo step's two names (button, then Edit > Undo; see commands.button_words) each keep them.
            names = text.split("\n") if "\n" in text and "\n" not in source else [text]
            if any(sorted(PLACEHOLDER.findall(name)) != sorted(PLACEHOLDER.findall(source)) for name in names):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert count > 100
    assert problems == []


def test_the_compiled_translation_loads_and_speaks_french():
    translator = QTranslator()
    assert translator.load(str(qm_path("fr")))
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    # Strings behind an editor module's tr() wrapper are filed under its context.
    assert translator.translate("SectionEditor", "Programme") == "Programme"
    assert translator.translate("SectionEditor", "People") == "Personnes"
    for context, message in messages():
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes":
            assert translator.translate(context, source) == message.findtext("translation"), (context, source)


def test_the_sources_are_up_to_date_with_the_code(tmp_path):
    """Every string in briefing/ui is in the .ts (run tools/update_translations.py)."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "briefing" / "ui").rglob("*.py"))
    in_code = {(e["context"], e["source"], e["comment"]) for e in tool.extract(sources, "fr")}
    in_ts = set(tool.existing(TS))
    assert sorted(in_code - in_ts) == []


def test_the_app_follows_the_system_language_unless_told(qapp):
    assert effective_language("system", QLocale(QLocale.Language.French, QLocale.Country.Belgium)) == "fr"
    assert effective_language("system", QLocale(QLocale.Language.German)) == "en"
    assert effective_language("en", QLocale(QLocale.Language.French)) == "en"
    installed = install_translations(qapp, "fr")
    try:
        assert installed
        assert QCoreApplication.translate("Dialogs", "Open Anyway") == "Ouvrir quand même"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert QCoreApplication.translate("Dialogs", "Open Anyway") == "Open Anyway"


def test_qt_dialogs_and_dates_follow_french(qapp):
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog, QLabel

    installed = install_translations(qapp, "fr")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.deleteLater()
        assert "Look in" not in labels and "Files of" not in labels
        assert "&Voir dans" in labels
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        # A string no translator knows stays as written, not blank.
        assert QCoreApplication.translate("MainWindow", "No such string, surely") == "No such string, surely"
        assert QLocale().territory() == QLocale.Country.France
        assert (
            QLocale()
            .toString(dt.datetime(2026, 11, 26, 18, 41), QLocale.FormatType.ShortFormat)
            .startswith("26/11/2026")
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_refused_files_problems_are_worded_from_their_code():
    from briefing.storage import Problem
    from briefing.ui.findings import describe_problem

    unknown = Problem("Unknown field “titel” — did you mean title?", 4, "visit.titel", "unknown-key")
    assert describe_problem(unknown) == "line 4: Unknown field “titel”."  # a key the window has no name for
    newer = Problem("This file uses format version 9; …", 2, "version", "newer-version")
    assert "newer version of Briefing" in describe_problem(newer)
    odd = Problem("Something the app has no words for.", None, "", "no-such-code")
    assert describe_problem(odd) == "Something the app has no words for."
