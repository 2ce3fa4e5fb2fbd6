"""Opens the import wizard on a small realistic file and stops at one step, for screenshots.

    ../shared/tools/xshot -s 1200x800 docs/screenshots/import-wizard-mapping.png \\
        python bench/screenshot_import_wizard.py --step mapping
    ../shared/tools/xshot -s 1200x800 docs/screenshots/import-wizard-check.png \\
        python bench/screenshot_import_wizard.py --step check
    ../shared/tools/xshot -s 1200x800 docs/screenshots/import-wizard-problems.png \\
        python bench/screenshot_import_wizard.py --step problems
    ../shared/tools/xshot -s 1200x800 docs/screenshots/import-wizard-encoding.png \\
        python bench/screenshot_import_wizard.py --step encoding

The file goes to a throw-away folder and the wizard only checks (a dry run): the
screenshot database of ``screenshot_window.py`` is never written to.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from screenshot_window import database, screenshot_application
from segdesk.ui import qt_fixes  # noqa: F401 - as the app has it
from segdesk.ui.import_wizard.wizard import ImportWizard

# Italian headers, accented names, one contact already in the demo database, two rows with mistakes.
ROWS = """Nome;Cognome;Azienda;E-mail;Telefono;Città;CAP;Paese;Data di nascita;Note cliente
Łucja;Wiśniewska;Piekarnia Złota;lucja@example.pl;+48 12 345 67 89;Kraków;31-001;Polska;03/02/1985;VIP
Jérôme;Dubois;Café Crème SARL;jerome@example.fr;01 42 68 53 00;Lyon;69001;France;17/11/1979;paga a 30 gg
Giulia;Bianchi;Caffè Centrale S.r.l.;giulia@example.it;02 1234 5678;Milano;20121;Italia;30/02/1990;
Marco;Conti;;marco.conti@@example.it;347 123 4567;Torino;10121;Italia;12/05/1988;
Grzegorz;Malinowski;;grzegorz.malinowski{n}@example.pl;+48 22 555 01 02;Warszawa;00-001;Polska;;
Niccolò;Mancini;Hotel Rossi S.r.l.;niccolo.mancini@hotel-rossi.example;+39 011 449 2436;Torino;10128;Italia;;
"""

STEPS = {
    "encoding": ImportWizard.ENCODING,
    "mapping": ImportWizard.MAPPING,
    "check": ImportWizard.CHECK,
    "problems": ImportWizard.CHECK,
}
WITH_MISTAKES = ("30/02/1990", "@@")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", choices=sorted(STEPS), default="mapping")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="segdesk-wizard-"))
    source = folder / "clienti.csv"
    if args.step == "encoding":
        source = folder / "klienci.csv"  # a Polish file from an old Windows program: cp1250, no BOM
        source.write_bytes(
            "Imię;Nazwisko;Miasto\nŁucja;Wiśniewska;Kraków\nZbigniew;Żółkiewski;Łódź\n".encode("cp1250")
        )
    else:
        rows = ROWS.replace("{n}", "16").splitlines()
        if args.step != "problems":  # the preview of a clean file: new contacts and duplicates
            rows = [row for row in rows if not any(mistake in row for mistake in WITH_MISTAKES)]
        source.write_text("\n".join(rows) + "\n", encoding="utf-8")

    app = screenshot_application()
    store = database()
    wizard = ImportWizard(store, country="IT")
    wizard.setGeometry(0, 0, 1100, 720)
    wizard.show()
    wizard.start_with(source)
    target = STEPS[args.step]

    def advance() -> None:
        page = wizard.currentPage()
        if wizard.currentId() == target or page is None:
            if args.step == "encoding":  # what the user does on seeing "Wiœniewska": picks Central European
                combo = wizard.encoding_page.combo
                combo.setCurrentIndex(combo.findData("cp1250"))
            return
        if page.isComplete():
            wizard.next()
        QTimer.singleShot(300, advance)

    QTimer.singleShot(300, advance)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
