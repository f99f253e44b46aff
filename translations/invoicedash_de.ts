<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InvoiceDash</name>
    <message>
        <source>InvoiceDash reads invoices with OCR and shows live metrics.

Without a command it opens the main window (FILES are queued at start).
Commands:
  process PATH... --jsonl OUT   process files and folders without a window</source>
        <translation>InvoiceDash liest Rechnungen per OCR aus und zeigt Live-Kennzahlen an.

Ohne Befehl öffnet es das Hauptfenster (FILES werden beim Start in die Warteschlange gestellt).
Befehle:
  process PATH... --jsonl OUT   Dateien und Ordner ohne Fenster verarbeiten</translation>
    </message>
    <message>
        <source>Invoices to open.</source>
        <translation>Zu öffnende Rechnungen.</translation>
    </message>
    <message>
        <source>Process invoice images and folders without a window and write one JSON object per file (JSON Lines), then a final line with the wall time.
Exit status: 0 when every file succeeded, 1 when any failed or was skipped, 2 on a usage error.</source>
        <translation>Rechnungsbilder und Ordner ohne Fenster verarbeiten und je Datei ein JSON-Objekt schreiben (JSON Lines), danach eine letzte Zeile mit der Gesamtlaufzeit.
Exit-Status: 0, wenn alle Dateien erfolgreich verarbeitet wurden, 1, wenn eine fehlgeschlagen ist oder übersprungen wurde, 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <source>Write results to FILE (&quot;-&quot; for standard output).</source>
        <translation>Ergebnisse in FILE schreiben („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Number of parallel OCR workers (default: one per core).</source>
        <translation>Anzahl paralleler OCR-Arbeitsthreads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Do not write the results to the local database.</source>
        <translation>Die Ergebnisse nicht in die lokale Datenbank schreiben.</translation>
    </message>
    <message>
        <source>Tesseract language(s), e.g. eng or eng+deu (default: the app&apos;s setting).</source>
        <translation>Tesseract-Sprache(n), z. B. eng oder eng+deu (Standard: die Einstellung der App).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Image files and folders.</source>
        <translation>Bilddateien und Ordner.</translation>
    </message>
    <message>
        <source>No files given: name at least one image file or folder.</source>
        <translation>Keine Dateien angegeben: Nennen Sie mindestens eine Bilddatei oder einen Ordner.</translation>
    </message>
    <message>
        <source>Missing --jsonl FILE: say where the results go (&quot;-&quot; for standard output).</source>
        <translation>--jsonl FILE fehlt: Geben Sie an, wohin die Ergebnisse geschrieben werden sollen („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--workers takes a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--workers erwartet eine ganze Zahl von 1 bis 64, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Results will not be stored: %1</source>
        <translation>Die Ergebnisse werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 file(s) processed in %2 s: %3 ok, %4 failed, %5 skipped.</source>
        <translation>%1 Datei(en) in %2 s verarbeitet: %3 erfolgreich, %4 fehlgeschlagen, %5 übersprungen.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::BatchProgress</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ClipboardPaste</name>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n pasted file(s).</source>
        <translation>
            <numerusform>%n eingefügte Datei in die Warteschlange gestellt.</numerusform>
            <numerusform>%n eingefügte Dateien in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image on the clipboard could not be read.</source>
        <translation>Das Bild in der Zwischenablage konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved to %1.</source>
        <translation>Das eingefügte Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Queued the pasted image as %1.</source>
        <translation>Das eingefügte Bild wurde als %1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Nothing to queue: the clipboard holds no image and no files. Copy an invoice image or files, then paste again.</source>
        <translation>Nichts für die Warteschlange: Die Zwischenablage enthält weder ein Bild noch Dateien. Kopieren Sie ein Rechnungsbild oder Dateien und fügen Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DashboardOverlay</name>
    <message>
        <source>InvoiceDash dashboard</source>
        <translation>InvoiceDash-Dashboard</translation>
    </message>
    <message>
        <source>Drag to move. Right-click for options.</source>
        <translation>Zum Verschieben ziehen. Rechtsklick für Optionen.</translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>Hide dashboard</source>
        <translation>Dashboard ausblenden</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warten auf Daten…</translation>
    </message>
    <message>
        <source>Drop invoices to see metrics</source>
        <translation>Rechnungen ablegen, um Kennzahlen zu sehen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation>
            <numerusform>%n in der Warteschlange</numerusform>
            <numerusform>%n in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Move to Top-Right Corner</source>
        <translation>In die obere rechte Ecke verschieben</translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation>Dashboard ausblenden</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>This desktop&apos;s metrics</source>
        <translation>Kennzahlen dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>The whole team&apos;s metrics, from the team server</source>
        <translation>Kennzahlen des gesamten Teams vom Team-Server</translation>
    </message>
    <message>
        <source>Waiting for the team server…</source>
        <translation>Warten auf den Team-Server…</translation>
    </message>
    <message>
        <source>Team metrics appear with its first update</source>
        <translation>Team-Kennzahlen erscheinen mit der ersten Aktualisierung des Servers</translation>
    </message>
    <message>
        <source>Showing the team&apos;s metrics</source>
        <translation>Team-Kennzahlen werden angezeigt</translation>
    </message>
    <message>
        <source>Local Metrics</source>
        <translation>Lokale Kennzahlen</translation>
    </message>
    <message>
        <source>Team Metrics</source>
        <translation>Team-Kennzahlen</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Klickdurchlässig</translation>
    </message>
    <message>
        <source>Clicks pass through the dashboard; turn it off from the tray menu or the main window&apos;s View menu (Ctrl+Shift+T)</source>
        <translation>Klicks gehen durch das Dashboard hindurch; schalten Sie dies im Tray-Menü oder im Menü „Ansicht“ des Hauptfensters aus (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Kompaktansicht</translation>
    </message>
    <message>
        <source>Double-click for the compact view</source>
        <translation>Doppelklick für die Kompaktansicht</translation>
    </message>
    <message>
        <source>Expanded view</source>
        <translation>Erweiterte Ansicht</translation>
    </message>
    <message>
        <source>Double-click for the expanded view</source>
        <translation>Doppelklick für die erweiterte Ansicht</translation>
    </message>
    <message>
        <source>Expanded View</source>
        <translation>Erweiterte Ansicht</translation>
    </message>
    <message>
        <source>Compact View</source>
        <translation>Kompaktansicht</translation>
    </message>
    <message>
        <source>Click-Through</source>
        <translation>Klickdurchlässig</translation>
    </message>
    <message>
        <source>Let clicks pass to the windows underneath; turn it off from the tray menu or View &gt; Dashboard Click-Through</source>
        <translation>Klicks an die darunterliegenden Fenster durchlassen; ausschalten über das Tray-Menü oder Ansicht &gt; Dashboard klickdurchlässig</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Database</name>
    <message>
        <source>Cannot store results: the Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Ergebnisse können nicht gespeichert werden: Der Qt-SQLite-Treiber fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer InvoiceDash (schema %2; this version reads up to %3). Update InvoiceDash or point INVOICEDASH_DATA_DIR at another folder.</source>
        <translation>Die Datenbank %1 wurde von einer neueren InvoiceDash-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie InvoiceDash oder lassen Sie INVOICEDASH_DATA_DIR auf einen anderen Ordner zeigen.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DropZone</name>
    <message>
        <source>Open Files…</source>
        <translation>Dateien öffnen…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Drop zone for invoice images</source>
        <translation>Ablagebereich für Rechnungsbilder</translation>
    </message>
    <message>
        <source>No invoices at hand? &lt;a href=&quot;#samples&quot;&gt;Try with sample invoices&lt;/a&gt;</source>
        <translation>Keine Rechnungen zur Hand? &lt;a href=&quot;#samples&quot;&gt;Mit Beispielrechnungen ausprobieren&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Drop more invoice images or folders here</source>
        <translation>Weitere Rechnungsbilder oder Ordner hier ablegen</translation>
    </message>
    <message>
        <source>Drop invoice images or folders here</source>
        <translation>Rechnungsbilder oder Ordner hier ablegen</translation>
    </message>
    <message>
        <source>%1 images. Folders are searched recursively.</source>
        <translation>Unterstützte Formate: %1. Ordner werden einschließlich aller Unterordner durchsucht.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FileCollector</name>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>Die Datei existiert nicht (möglicherweise wurde sie verschoben oder gelöscht).</translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation>Keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Die Datei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Not an image InvoiceDash can read (supported: %1).</source>
        <translation>Kein Bild, das InvoiceDash lesen kann (unterstützt: %1).</translation>
    </message>
    <message>
        <source>Not queued: one drop can hold at most %1 files.</source>
        <translation>Nicht in die Warteschlange gestellt: Pro Ablage sind höchstens %1 Dateien möglich.</translation>
    </message>
    <message>
        <source>The folder holds no files that can be read.</source>
        <translation>Der Ordner enthält keine lesbaren Dateien.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Search vendor, invoice number or file…</source>
        <translation>Lieferant, Rechnungsnummer oder Datei suchen…</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>Nur Zeilen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation>Wartend oder in Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Earliest invoice date</source>
        <translation>Frühestes Rechnungsdatum</translation>
    </message>
    <message>
        <source>Latest invoice date</source>
        <translation>Spätestes Rechnungsdatum</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::GuiApplication</name>
    <message>
        <source>Results will not be saved: %1</source>
        <translation>Die Ergebnisse werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The sample invoices could not be copied to the data folder; check that it is writable.</source>
        <translation>Die Beispielrechnungen konnten nicht in den Datenordner kopiert werden; prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Nothing to export: the results database could not be opened.</source>
        <translation>Nichts zu exportieren: Die Ergebnisdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n Rechnung nach %1 exportiert</numerusform>
            <numerusform>%n Rechnungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist; choose another one in Preferences.</source>
        <translation>Der überwachte Ordner %1 existiert nicht; wählen Sie in den Einstellungen einen anderen aus.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryCharts</name>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation>Mittlere Latenz (ms)</translation>
    </message>
    <message>
        <source>Mean accuracy</source>
        <translation>Mittlere Genauigkeit</translation>
    </message>
    <message>
        <source>Mean accuracy (%)</source>
        <translation>Mittlere Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Invoices per 6 hours</source>
        <translation>Rechnungen je 6 Stunden</translation>
    </message>
    <message>
        <source>Invoices per hour</source>
        <translation>Rechnungen pro Stunde</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryQuery</name>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryTab</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>The time range the charts show</source>
        <translation>Der Zeitraum, den die Diagramme zeigen</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>No results database is open.</source>
        <translation>Es ist keine Ergebnisdatenbank geöffnet.</translation>
    </message>
    <message>
        <source>The history needs the results database, which could not be opened. Results are still shown in the Results tab.</source>
        <translation>Der Verlauf benötigt die Ergebnisdatenbank, die nicht geöffnet werden konnte. Die Ergebnisse werden weiterhin auf der Registerkarte „Ergebnisse“ angezeigt.</translation>
    </message>
    <message>
        <source>No invoices in the last 7 days.
Invoices you process appear here in six-hour steps.</source>
        <translation>Keine Rechnungen in den letzten 7 Tagen.
Verarbeitete Rechnungen erscheinen hier in Sechs-Stunden-Schritten.</translation>
    </message>
    <message>
        <source>No invoices in the last 24 hours.
Invoices you process appear here hour by hour.</source>
        <translation>Keine Rechnungen in den letzten 24 Stunden.
Verarbeitete Rechnungen erscheinen hier Stunde für Stunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n gelesen</numerusform>
            <numerusform>%n gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>mean latency %1 ms</source>
        <translation>mittlere Latenz %1 ms</translation>
    </message>
    <message>
        <source>mean accuracy %1 %</source>
        <translation>mittlere Genauigkeit %1 %</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ImageLoader</name>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>Die Datei existiert nicht (möglicherweise wurde sie verschoben oder gelöscht).</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>Die Datei ist zu groß (%1 MB; die Obergrenze liegt bei %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not an image InvoiceDash can read (supported: %1).</source>
        <translation>Der Inhalt der Datei ist kein Bild, das InvoiceDash lesen kann (unterstützt: %1).</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels; the limit is %3 megapixels).</source>
        <translation>Das Bild ist zu groß (%1 × %2 Pixel; die Obergrenze liegt bei %3 Megapixeln).</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file may be damaged.</source>
        <translation>Das Bild konnte nicht dekodiert werden (%1); die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation>Die Datei hat %1 Seiten; pro Datei werden höchstens %2 Seiten gelesen. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Page %1 of the file could not be found; the file may be damaged.</source>
        <translation>Seite %1 der Datei wurde nicht gefunden; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The file is named .pdf but its contents are not a PDF document.</source>
        <translation>Die Datei endet auf .pdf, ihr Inhalt ist aber kein PDF-Dokument.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InterfacePreferences</name>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The language of menus, messages and the overlay</source>
        <translation>Die Sprache der Menüs, Meldungen und des Dashboard-Overlays</translation>
    </message>
    <message>
        <source>Start on the &amp;X11 backend (keeps the overlay on top on Wayland)</source>
        <translation>Mit dem &amp;X11-Backend starten (hält das Dashboard-Overlay unter Wayland im Vordergrund)</translation>
    </message>
    <message>
        <source>Wayland desktops decide themselves which window stays on top; through X11 (XWayland) the overlay can. Same as starting InvoiceDash with QT_QPA_PLATFORM=xcb</source>
        <translation>Wayland-Desktops entscheiden selbst, welches Fenster im Vordergrund bleibt; über X11 (XWayland) kann das Dashboard-Overlay oben bleiben. Entspricht dem Start von InvoiceDash mit QT_QPA_PLATFORM=xcb</translation>
    </message>
    <message>
        <source>InvoiceDash uses these settings the next time it starts.</source>
        <translation>InvoiceDash verwendet diese Einstellungen beim nächsten Start.</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceProcessor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The image could not be prepared for OCR.</source>
        <translation>Das Bild konnte nicht für die OCR vorbereitet werden.</translation>
    </message>
    <message>
        <source>No text was found on the page; is it an invoice scan, and is it legible?</source>
        <translation>Auf der Seite wurde kein Text gefunden. Handelt es sich um einen Rechnungsscan, und ist er lesbar?</translation>
    </message>
    <message>
        <source>Already processed on %1 (%2, %3); not read again.</source>
        <translation>Bereits am %1 verarbeitet (%2, %3); nicht erneut gelesen.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceReviewDialog</name>
    <message>
        <source>e.g. 1234.56</source>
        <translation>z. B. 1234.56</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation>ISO-Code, z. B. EUR</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Boxes show where each value was read. Click one to edit it.</source>
        <translation>Die Rahmen zeigen, wo jeder Wert gelesen wurde. Klicken Sie auf einen Rahmen, um den Wert zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Store the corrected values (Ctrl+S)</source>
        <translation>Korrigierte Werte speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation>Korrigiert; ursprünglich wurde nichts gelesen</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Korrigiert (ursprünglich %1)</translation>
    </message>
    <message>
        <source>Not found on the page</source>
        <translation>Auf der Seite nicht gefunden</translation>
    </message>
    <message>
        <source>✓ Verified: the amounts reconcile.</source>
        <translation>✓ Verifiziert: Die Beträge stimmen überein.</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 von %2 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>⚠ Possible duplicate of %1 (%2).</source>
        <translation>⚠ Mögliches Duplikat von %1 (%2).</translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation>Seite %1 wird geladen…</translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation>Die Seite kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields first.</source>
        <translation>Nichts gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MainWindow</name>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>Dateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Choose invoice images to process</source>
        <translation>Zu verarbeitende Rechnungsbilder auswählen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Process every invoice image in a folder and its subfolders</source>
        <translation>Alle Rechnungsbilder in einem Ordner und seinen Unterordnern verarbeiten</translation>
    </message>
    <message>
        <source>Try with &amp;Sample Invoices</source>
        <translation>Mit Beispiel&amp;rechnungen ausprobieren</translation>
    </message>
    <message>
        <source>Process a few bundled sample invoices</source>
        <translation>Einige mitgelieferte Beispielrechnungen verarbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show &amp;Dashboard Overlay</source>
        <translation>&amp;Dashboard-Overlay anzeigen</translation>
    </message>
    <message>
        <source>Show the always-on-top metrics dashboard</source>
        <translation>Das stets im Vordergrund angezeigte Kennzahlen-Dashboard einblenden</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDash</source>
        <translation>&amp;Über InvoiceDash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <source>Remove finished, failed and skipped rows from the list</source>
        <translation>Abgeschlossene, fehlgeschlagene und übersprungene Zeilen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop all queued and running invoices</source>
        <translation>Verarbeitung aller wartenden und laufenden Rechnungen abbrechen</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation>Abgeschlossen: %1 fertig, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Invoice Images</source>
        <translation>Rechnungsbilder öffnen</translation>
    </message>
    <message>
        <source>Open Folder of Invoices</source>
        <translation>Rechnungsordner öffnen</translation>
    </message>
    <message>
        <source>A result could not be saved to the database (%1). It is shown in the list but will be missing from the history.</source>
        <translation>Ein Ergebnis konnte nicht in der Datenbank gespeichert werden (%1). Es wird in der Liste angezeigt, fehlt aber im Verlauf.</translation>
    </message>
    <message>
        <source>%1 results could not be saved to the database. Latest error: %2</source>
        <translation>%1 Ergebnisse konnten nicht in der Datenbank gespeichert werden. Letzter Fehler: %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation>
            <numerusform>%n in der Warteschlange</numerusform>
            <numerusform>%n in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation>Dateien werden gesammelt…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>About InvoiceDash</source>
        <translation>Über InvoiceDash</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Drop invoice images to read their number, date and total with OCR, and watch live metrics on an always-on-top dashboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Legen Sie Rechnungsbilder ab, um Rechnungsnummer, Rechnungsdatum und Gesamtbetrag per OCR auszulesen, und verfolgen Sie Live-Kennzahlen auf einem stets im Vordergrund angezeigten Dashboard.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Settings apply to files queued from now on</source>
        <translation>Die Einstellungen gelten für Dateien, die ab jetzt in die Warteschlange gestellt werden</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Change worker threads, preprocessing, the OCR language and the team server</source>
        <translation>Arbeitsthreads, Vorverarbeitung, OCR-Sprache und Team-Server ändern</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every processed invoice with its fields and line items as CSV or JSON</source>
        <translation>Alle verarbeiteten Rechnungen mit Feldern und Positionen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV-Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Invoices (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</source>
        <translation>Rechnungen (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Dashboard &amp;Click-Through</source>
        <translation>Dashboard &amp;klickdurchlässig</translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard overlay to the windows underneath</source>
        <translation>Klicks durch das Dashboard-Overlay an die darunterliegenden Fenster durchlassen</translation>
    </message>
    <message>
        <source>&amp;Review Invoice…</source>
        <translation>Rechnung &amp;prüfen…</translation>
    </message>
    <message>
        <source>See where each field was read on the page and correct what was misread</source>
        <translation>Anzeigen, wo auf der Seite jedes Feld gelesen wurde, und falsch erkannte Werte korrigieren</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>Datei öffne&amp;n</translation>
    </message>
    <message>
        <source>Open the invoice file in the default viewer</source>
        <translation>Die Rechnungsdatei im Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Queue an image or files from the clipboard</source>
        <translation>Ein Bild oder Dateien aus der Zwischenablage in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to review and correct it</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie Enter, um sie zu prüfen und zu korrigieren</translation>
    </message>
    <message>
        <source>Only saved results can be reviewed</source>
        <translation>Nur gespeicherte Ergebnisse können geprüft werden</translation>
    </message>
    <message>
        <source>Corrections saved</source>
        <translation>Korrekturen gespeichert</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Überwachter Ordner: %1</translation>
    </message>
    <message>
        <source>New invoices saved to %1 are queued automatically</source>
        <translation>Neue Rechnungen, die in %1 gespeichert werden, werden automatisch in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>1 field corrected</source>
        <translation>1 Feld korrigiert</translation>
    </message>
    <message>
        <source>%1 fields corrected</source>
        <translation>%1 Felder korrigiert</translation>
    </message>
    <message>
        <source>in 1 invoice</source>
        <translation>in 1 Rechnung</translation>
    </message>
    <message>
        <source>in %1 invoices</source>
        <translation>in %1 Rechnungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Invoices per hour, latency and accuracy over the last day or week</source>
        <translation>Rechnungen pro Stunde, Latenz und Genauigkeit über den letzten Tag oder die letzte Woche</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsPublisher</name>
    <message>
        <source>The team server address must start with ws:// or wss://.</source>
        <translation>Die Adresse des Team-Servers muss mit ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>unbekannter TLS-Fehler</translation>
    </message>
    <message>
        <source>Secure connection to the team server failed: %1</source>
        <translation>Die sichere Verbindung zum Team-Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The team server speaks protocol %1; this InvoiceDash speaks %2. Update the older side.</source>
        <translation>Der Team-Server verwendet Protokoll %1, diese InvoiceDash-Version Protokoll %2. Aktualisieren Sie die ältere Seite.</translation>
    </message>
    <message>
        <source>This token cannot publish; ask the team server&apos;s admin for a publisher token.</source>
        <translation>Mit diesem Token können keine Kennzahlen gesendet werden; bitten Sie den Administrator des Team-Servers um ein Publisher-Token.</translation>
    </message>
    <message>
        <source>The team server stopped answering.</source>
        <translation>Der Team-Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The server did not greet this client; is the address an InvoiceDash team server?</source>
        <translation>Der Server hat sich nicht wie erwartet gemeldet; gehört die Adresse zu einem InvoiceDash-Team-Server?</translation>
    </message>
    <message>
        <source>Token refused by the team server; check the team token in Preferences.</source>
        <translation>Der Team-Server hat das Token abgelehnt; prüfen Sie das Team-Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>The team server closed the connection: %1</source>
        <translation>Der Team-Server hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Der Team-Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost.</source>
        <translation>Die Verbindung zum Team-Server wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsServer</name>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Das TLS-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TLS certificate %1 holds no PEM certificate.</source>
        <translation>Das TLS-Zertifikat %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is not an unencrypted PEM private key.</source>
        <translation>Der TLS-Schlüssel %1 ist kein unverschlüsselter privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS benötigt sowohl ein Zertifikat als auch eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OcrEngine</name>
    <message>
        <source>Cannot start OCR: no &apos;%1&apos; language data in %2; install the Debian package %3 or set TESSDATA_PREFIX to a folder that holds %1.traineddata.</source>
        <translation>OCR kann nicht gestartet werden: keine Sprachdaten für „%1“ in %2; installieren Sie das Debian-Paket %3 oder setzen Sie TESSDATA_PREFIX auf einen Ordner, der %1.traineddata enthält.</translation>
    </message>
    <message>
        <source>Cannot start OCR: the language setting &apos;%1&apos; names no language; use a Tesseract language code such as &apos;eng&apos; or &apos;eng+deu&apos;.</source>
        <translation>OCR kann nicht gestartet werden: Die Spracheinstellung „%1“ enthält keine Sprache; verwenden Sie einen Tesseract-Sprachcode wie „eng“ oder „eng+deu“.</translation>
    </message>
    <message>
        <source>Cannot start OCR: Tesseract could not load the &apos;%1&apos; language data from %2; reinstall %3 or set TESSDATA_PREFIX to a folder with working traineddata files.</source>
        <translation>OCR kann nicht gestartet werden: Tesseract konnte die Sprachdaten „%1“ aus %2 nicht laden; installieren Sie %3 neu oder setzen Sie TESSDATA_PREFIX auf einen Ordner mit funktionierenden traineddata-Dateien.</translation>
    </message>
    <message>
        <source>Cannot recognise an empty image.</source>
        <translation>Ein leeres Bild kann nicht erkannt werden.</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract konnte die Seite nicht erkennen.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Outbox</name>
    <message>
        <source>The metric of %1 cannot be published: %2</source>
        <translation>Die Kennzahl zu %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot queue the metric of %1: %2</source>
        <translation>Die Kennzahl zu %1 kann nicht in die Warteschlange gestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayCards</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>/s</source>
        <comment>per second</comment>
        <translation>/s</translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation>Ø Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Avg accuracy</source>
        <translation>Ø Genauigkeit</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Invoices finished in the metrics window</source>
        <translation>Im Messzeitraum abgeschlossene Rechnungen</translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window</source>
        <translation>Rechnungen pro Sekunde im Messzeitraum</translation>
    </message>
    <message>
        <source>Mean time from start to stored result</source>
        <translation>Mittlere Zeit vom Start bis zum gespeicherten Ergebnis</translation>
    </message>
    <message>
        <source>Mean OCR confidence</source>
        <translation>Mittlere OCR-Konfidenz</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>Mean time from start to stored result; p95 %1 ms</source>
        <translation>Mittlere Zeit vom Start bis zum gespeicherten Ergebnis; p95 %1 ms</translation>
    </message>
    <message>
        <source>Invoices the whole team finished in the metrics window</source>
        <translation>Vom gesamten Team im Messzeitraum abgeschlossene Rechnungen</translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window, whole team</source>
        <translation>Rechnungen pro Sekunde im Messzeitraum, gesamtes Team</translation>
    </message>
    <message>
        <source>%1 inv · %2/s · %3 ms · %4 %</source>
        <comment>compact overlay: invoices, per second, latency, accuracy</comment>
        <translation>%1 Rg. · %2/s · %3 ms · %4 %</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayHistory</name>
    <message>
        <source>Throughput · 10 min</source>
        <translation>Durchsatz · 10 min</translation>
    </message>
    <message>
        <source>Latency · 10 min</source>
        <translation>Latenz · 10 min</translation>
    </message>
    <message>
        <source>Invoices per second in each 10-second step of the last 10 minutes; the number is the current throughput</source>
        <translation>Rechnungen pro Sekunde in jedem 10-Sekunden-Schritt der letzten 10 Minuten; die Zahl ist der aktuelle Durchsatz</translation>
    </message>
    <message>
        <source>Mean latency in each 10-second step of the last 10 minutes, the faint line its p95; the number is the p95 over 10 minutes</source>
        <translation>Mittlere Latenz in jedem 10-Sekunden-Schritt der letzten 10 Minuten, die blasse Linie ihr p95; die Zahl ist das p95 über 10 Minuten</translation>
    </message>
    <message>
        <source>p95 –</source>
        <comment>no finished invoices in the last 10 minutes</comment>
        <translation>p95 –</translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <comment>latency in milliseconds</comment>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>p95 %1 s</source>
        <comment>latency in seconds</comment>
        <translation>p95 %1 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>invoices per second</comment>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayPreferences</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Dashboard-Overlay</translation>
    </message>
    <message>
        <source>How opaque the floating dashboard is</source>
        <translation>Deckkraft des schwebenden Dashboards</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>opacity percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;Deckkraft:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Avg latency:</source>
        <translation>Ø Latenz:</translation>
    </message>
    <message>
        <source>&amp;amber above</source>
        <translation>gelb &amp;über</translation>
    </message>
    <message>
        <source>red above</source>
        <translation>rot über</translation>
    </message>
    <message>
        <source>Avg accuracy:</source>
        <translation>Ø Genauigkeit:</translation>
    </message>
    <message>
        <source>amber &amp;below</source>
        <translation>gelb &amp;unter</translation>
    </message>
    <message>
        <source>red below</source>
        <translation>rot unter</translation>
    </message>
    <message>
        <source>Failed invoices:</source>
        <translation>Fehlgeschlagene Rechnungen:</translation>
    </message>
    <message>
        <source>amber a&amp;t</source>
        <translation>gelb a&amp;b</translation>
    </message>
    <message>
        <source>red at</source>
        <translation>rot ab</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Keine Verzögerung</translation>
    </message>
    <message>
        <source>A threshold must be crossed this long before a card changes colour, and be clear this long before the colour goes away</source>
        <translation>So lange muss ein Schwellenwert erreicht sein, bevor eine Karte die Farbe wechselt, und so lange nicht mehr erreicht sein, bevor die Farbe wieder verschwindet</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>Measured over the metrics window. Off disables a threshold.</source>
        <translation>Bezogen auf den Messzeitraum. „Aus“ deaktiviert einen Schwellenwert.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PdfDocument</name>
    <message>
        <source>The PDF file could not be opened; it may be damaged or incomplete.</source>
        <translation>Die PDF-Datei konnte nicht geöffnet werden; sie ist möglicherweise beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password; save an unprotected copy and add that instead.</source>
        <translation>Die PDF-Datei ist kennwortgeschützt; speichern Sie eine ungeschützte Kopie und fügen Sie stattdessen diese hinzu.</translation>
    </message>
    <message>
        <source>The PDF file has no pages; it may be damaged.</source>
        <translation>Die PDF-Datei hat keine Seiten; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The PDF file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation>Die PDF-Datei hat %1 Seiten; pro Datei werden höchstens %2 Seiten gelesen. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be read; the file may be damaged.</source>
        <translation>Seite %1 der PDF-Datei konnte nicht gelesen werden; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file is too large to read (%2 × %3 pixels at %4 dpi; the limit is %5 megapixels).</source>
        <translation>Seite %1 der PDF-Datei ist zu groß zum Lesen (%2 × %3 Pixel bei %4 dpi; die Obergrenze liegt bei %5 Megapixeln).</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be rendered; the file may be damaged.</source>
        <translation>Seite %1 der PDF-Datei konnte nicht gerendert werden; die Datei ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Pipeline</name>
    <message>
        <source>Processing stopped with an internal error: %1</source>
        <translation>Die Verarbeitung wurde wegen eines internen Fehlers abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <source>How many invoices are read at the same time</source>
        <translation>Wie viele Rechnungen gleichzeitig gelesen werden</translation>
    </message>
    <message>
        <source>This computer has 1 core.</source>
        <translation>Dieser Computer hat 1 Kern.</translation>
    </message>
    <message>
        <source>This computer has %1 cores.</source>
        <translation>Dieser Computer hat %1 Kerne.</translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation>&amp;Arbeitsthreads:</translation>
    </message>
    <message>
        <source>More threads finish a batch sooner but use more memory.</source>
        <translation>Mehr Threads schließen einen Stapel schneller ab, benötigen aber mehr Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>Small or low-resolution scans are enlarged so that small print stays readable.</source>
        <translation>Kleine oder niedrig aufgelöste Scans werden vergrößert, damit kleine Schrift lesbar bleibt.</translation>
    </message>
    <message>
        <source>Straighten (&amp;deskew)</source>
        <translation>&amp;Gerade ausrichten (Deskew)</translation>
    </message>
    <message>
        <source>Pages photographed or scanned at a slight angle are rotated upright.</source>
        <translation>Leicht schräg fotografierte oder gescannte Seiten werden gerade gedreht.</translation>
    </message>
    <message>
        <source>Remove &amp;noise</source>
        <translation>&amp;Rauschen entfernen</translation>
    </message>
    <message>
        <source>Specks and dust from scanners and fax copies are cleaned away.</source>
        <translation>Flecken und Staub von Scannern und Faxkopien werden entfernt.</translation>
    </message>
    <message>
        <source>Convert to &amp;black and white (binarize)</source>
        <translation>In &amp;Schwarzweiß umwandeln (Binarisierung)</translation>
    </message>
    <message>
        <source>Coloured backgrounds and shading are turned into plain black text on white.</source>
        <translation>Farbige Hintergründe und Schattierungen werden zu schlichtem schwarzem Text auf Weiß.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>The resolution small pages are enlarged to; also assumed for images that do not state their own</source>
        <translation>Die Auflösung, auf die kleine Seiten vergrößert werden; gilt auch für Bilder ohne eigene Auflösungsangabe</translation>
    </message>
    <message>
        <source>&amp;Target resolution:</source>
        <translation>&amp;Zielauflösung:</translation>
    </message>
    <message>
        <source>&amp;Upscale small pages to ~%1 dpi</source>
        <translation>Kleine Seiten auf ~%1 dpi &amp;hochskalieren</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR-Sprache</translation>
    </message>
    <message>
        <source>The Tesseract language of your invoices; join several with +, e.g. eng+deu</source>
        <translation>Die Tesseract-Sprache Ihrer Rechnungen; mehrere mit + verbinden, z. B. eng+deu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Join several with +, e.g. eng+deu; each one slows reading.</source>
        <translation>Mehrere mit + verbinden, z. B. eng+deu; jede weitere Sprache verlangsamt das Lesen.</translation>
    </message>
    <message>
        <source>Language data is read from %1</source>
        <translation>Sprachdaten werden aus %1 gelesen</translation>
    </message>
    <message>
        <source>No language data found in %1; install tesseract-ocr-eng (or the package of your language) or set TESSDATA_PREFIX to a folder with .traineddata files.</source>
        <translation>Keine Sprachdaten in %1 gefunden; installieren Sie tesseract-ocr-eng (oder das Paket Ihrer Sprache) oder setzen Sie TESSDATA_PREFIX auf einen Ordner mit .traineddata-Dateien.</translation>
    </message>
    <message>
        <source>Enter an OCR language such as eng, or several joined with +, e.g. eng+deu.</source>
        <translation>Geben Sie eine OCR-Sprache wie eng ein oder mehrere, mit + verbunden, z. B. eng+deu.</translation>
    </message>
    <message>
        <source>“osd” only detects how a page is rotated and cannot read text; choose a reading language such as eng.</source>
        <translation>„osd“ erkennt nur die Drehung einer Seite und kann keinen Text lesen; wählen Sie eine Lesesprache wie eng.</translation>
    </message>
    <message>
        <source>No language data for %1 in %2. Install %3 or choose an installed language.</source>
        <translation>Keine Sprachdaten für %1 in %2. Installieren Sie %3 oder wählen Sie eine installierte Sprache.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>&amp;Share metrics with a team server</source>
        <translation>Kennzahlen mit einem Team-Server &amp;teilen</translation>
    </message>
    <message>
        <source>Sends how long each invoice took, its accuracy and whether it failed; never the invoice itself.</source>
        <translation>Sendet die Bearbeitungsdauer jeder Rechnung, ihre Genauigkeit und ob sie fehlgeschlagen ist – niemals die Rechnung selbst.</translation>
    </message>
    <message>
        <source>The WebSocket address of the team server, ws:// or wss://</source>
        <translation>Die WebSocket-Adresse des Team-Servers, ws:// oder wss://</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serveradr&amp;esse:</translation>
    </message>
    <message>
        <source>Ask your team lead for the address and a token.</source>
        <translation>Adresse und Token erhalten Sie von Ihrer Teamleitung.</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Saved as plain text in %1 on this computer.</source>
        <translation>Wird im Klartext in %1 auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>How your numbers are labelled on the team server</source>
        <translation>Unter welchem Namen Ihre Zahlen auf dem Team-Server erscheinen</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Enter the address of the team server, e.g. ws://server:8765, or turn sharing off.</source>
        <translation>Geben Sie die Adresse des Team-Servers ein, z. B. ws://server:8765, oder schalten Sie das Teilen aus.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; it starts with ws:// or wss://, e.g. ws://server:8765.</source>
        <translation>„%1“ ist keine Serveradresse; eine Serveradresse beginnt mit ws:// oder wss://, z. B. ws://server:8765.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address; check it for typing errors.</source>
        <translation>„%1“ ist keine gültige Serveradresse; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>Use ws:// or wss:// instead of %1:// for a team server.</source>
        <translation>Verwenden Sie für einen Team-Server ws:// oder wss:// statt %1://.</translation>
    </message>
    <message>
        <source>%1:// is not supported; the address of a team server starts with ws:// or wss://.</source>
        <translation>%1:// wird nicht unterstützt; die Adresse eines Team-Servers beginnt mit ws:// oder wss://.</translation>
    </message>
    <message>
        <source>The address has no server name; enter one such as ws://server:8765.</source>
        <translation>Die Adresse enthält keinen Servernamen; geben Sie einen an, z. B. ws://server:8765.</translation>
    </message>
    <message>
        <source>Reset the processing, preprocessing, OCR and overlay settings to their defaults; the team server settings are kept. Nothing is saved until you click OK</source>
        <translation>Setzt die Einstellungen für Verarbeitung, Vorverarbeitung, OCR und Overlay auf die Standardwerte zurück; die Team-Server-Einstellungen bleiben erhalten. Gespeichert wird erst, wenn Sie auf OK klicken</translation>
    </message>
    <message>
        <source>Run only the steps each page &amp;requires</source>
        <translation>Nur die Schritte ausfüh&amp;ren, die eine Seite braucht</translation>
    </message>
    <message>
        <source>Each page is measured first (resolution, skew, contrast, lighting, noise); turned off, every step above runs on every page.</source>
        <translation>Jede Seite wird zuerst vermessen (Auflösung, Schräglage, Kontrast, Beleuchtung, Rauschen); ausgeschaltet laufen alle obigen Schritte auf jeder Seite.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultStore</name>
    <message>
        <source>Could not save the result of %1 to %2: %3</source>
        <translation>Das Ergebnis für %1 konnte nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>Es gibt kein Feld „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 1234.56.</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie ihn in der Form 1234.56.</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3; write the date as YYYY-MM-DD.</source>
        <translation>„%1“ könnte %2 oder %3 sein; schreiben Sie das Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2024-03-05.</translation>
    </message>
    <message>
        <source>“%1” is not a currency; use a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>„%1“ ist keine Währung; verwenden Sie einen dreibuchstabigen ISO-4217-Code wie EUR oder USD.</translation>
    </message>
    <message>
        <source>That is too long: at most %1 characters.</source>
        <translation>Das ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Could not save the correction to %1: %2</source>
        <translation>Die Korrektur konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no stored invoice %1.</source>
        <translation>es gibt keine gespeicherte Rechnung %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done (not saved)</source>
        <translation>Fertig (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>Das Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Subtotal %1, tax %2</source>
        <translation>Nettobetrag %1, Steuer %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Preprocessing…</source>
        <translation>Wird vorverarbeitet…</translation>
    </message>
    <message>
        <source>Reading text…</source>
        <translation>Text wird gelesen…</translation>
    </message>
    <message>
        <source>Extracting fields…</source>
        <translation>Felder werden ausgelesen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Processing failed.</source>
        <translation>Verarbeitung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verifiziert</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 bestanden</translation>
    </message>
    <message>
        <source>Possible duplicate of %1</source>
        <translation>Mögliches Duplikat von %1</translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation>Korrigiert; ursprünglich wurde nichts gelesen</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Korrigiert (ursprünglich %1)</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (%2): same vendor, invoice number and total.</source>
        <translation>Mögliches Duplikat von %1 (%2): gleicher Lieferant, gleiche Rechnungsnummer und gleicher Gesamtbetrag.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ServerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>The server database %1 was written by a newer server (schema %2; this version reads up to %3). Update the server or use --db.</source>
        <translation>Die Serverdatenbank %1 wurde von einer neueren Serverversion geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie den Server oder verwenden Sie --db.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::StayOnTopNotice</name>
    <message>
        <source>Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top, or bring it back with the tray icon.</source>
        <translation>Starten Sie InvoiceDash mit X11 (QT_QPA_PLATFORM=xcb), damit es im Vordergrund bleibt, oder holen Sie es über das Tray-Symbol zurück.</translation>
    </message>
    <message>
        <source>Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top.</source>
        <translation>Starten Sie InvoiceDash mit X11 (QT_QPA_PLATFORM=xcb), damit es im Vordergrund bleibt.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) decides itself which window stays on top, so the dashboard overlay may go behind other windows. %1</source>
        <translation>Dieser Desktop (Wayland) entscheidet selbst, welches Fenster im Vordergrund bleibt; das Dashboard-Overlay kann daher hinter anderen Fenstern verschwinden. %1</translation>
    </message>
    <message>
        <source>Use &amp;X11 from the next start</source>
        <translation>Ab dem nächsten Start &amp;X11 verwenden</translation>
    </message>
    <message>
        <source>InvoiceDash starts on X11 the next time. Preferences → Interface changes it back.</source>
        <translation>InvoiceDash startet beim nächsten Mal mit X11. Unter Einstellungen → Oberfläche können Sie das wieder ändern.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TeamStatusBar</name>
    <message>
        <source>1 desktop connected</source>
        <translation>1 Arbeitsplatz verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n desktops connected</source>
        <comment>publishing desktops</comment>
        <translation>
            <numerusform>%n Arbeitsplatz verbunden</numerusform>
            <numerusform>%n Arbeitsplätze verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>%1 publishing, %2 viewing; %3 invoices today (server time)</source>
        <translation>Sender: %1, Betrachter: %2; heute %3 Rechnungen (Serverzeit)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>%1 — retrying…</source>
        <translation>%1 — neuer Versuch…</translation>
    </message>
    <message>
        <source>Error — not connected</source>
        <translation>Fehler — nicht verbunden</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>Fehler — %1</translation>
    </message>
    <message>
        <source>Team server not set up — Edit → Preferences</source>
        <translation>Team-Server nicht eingerichtet — Bearbeiten → Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n metrics waiting to be sent</source>
        <translation>
            <numerusform>%n Kennzahl wartet auf den Versand</numerusform>
            <numerusform>%n Kennzahlen warten auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>stale — no update for %1</source>
        <translation>veraltet — seit %1 keine Aktualisierung</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>gerade aktualisiert</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>The team server has sent nothing for %1; the numbers may be out of date.</source>
        <translation>Der Team-Server hat seit %1 nichts gesendet; die Zahlen sind möglicherweise veraltet.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TokenStore</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>expected &quot;role token name&quot; (role publisher or viewer).</source>
        <translation>erwartet: „Rolle Token Name“ (Rolle publisher oder viewer).</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use publisher or viewer.</source>
        <translation>unbekannte Rolle „%1“; verwenden Sie publisher oder viewer.</translation>
    </message>
    <message>
        <source>the token must be %1-%2 printable ASCII characters without ; or #.</source>
        <translation>das Token muss aus %1–%2 druckbaren ASCII-Zeichen ohne ; oder # bestehen.</translation>
    </message>
    <message>
        <source>this token is already listed; every token must be unique.</source>
        <translation>dieses Token ist bereits aufgeführt; jedes Token muss eindeutig sein.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TrayIcon</name>
    <message>
        <source>Show Dashboard</source>
        <translation>Dashboard anzeigen</translation>
    </message>
    <message>
        <source>Show Main Window</source>
        <translation>Hauptfenster anzeigen</translation>
    </message>
    <message>
        <source>Quit InvoiceDash</source>
        <translation>InvoiceDash beenden</translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation>Dashboard ausblenden</translation>
    </message>
    <message>
        <source>Hide Main Window</source>
        <translation>Hauptfenster ausblenden</translation>
    </message>
    <message>
        <source>Dashboard Click-Through</source>
        <translation>Dashboard klickdurchlässig</translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard to the windows underneath</source>
        <translation>Klicks durch das Dashboard an die darunterliegenden Fenster durchlassen</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Validator</name>
    <message>
        <source>No total was found.</source>
        <translation>Kein Gesamtbetrag gefunden.</translation>
    </message>
    <message>
        <source>The total &quot;%1&quot; is not an amount.</source>
        <translation>Der Gesamtbetrag „%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>The total is %1.</source>
        <translation>Der Gesamtbetrag ist %1.</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Invoice number, invoice date, total and currency were found.</source>
        <translation>Rechnungsnummer, Rechnungsdatum, Gesamtbetrag und Währung wurden gefunden.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>Needs a subtotal and a total.</source>
        <translation>Nettobetrag und Gesamtbetrag erforderlich.</translation>
    </message>
    <message>
        <source>The tax &quot;%1&quot; is not an amount.</source>
        <translation>Die Steuer „%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Subtotal + tax = total (%1).</source>
        <translation>Nettobetrag + Steuer = Gesamtbetrag (%1).</translation>
    </message>
    <message>
        <source>Subtotal + tax = %1, but the total is %2.</source>
        <translation>Nettobetrag + Steuer = %1, der Gesamtbetrag ist aber %2.</translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation>Keine Positionen.</translation>
    </message>
    <message>
        <source>Line %1 has no amount.</source>
        <translation>Position %1 hat keinen Betrag.</translation>
    </message>
    <message>
        <source>Needs a subtotal or a total.</source>
        <translation>Nettobetrag oder Gesamtbetrag erforderlich.</translation>
    </message>
    <message>
        <source>The line amounts add up to the subtotal (%1).</source>
        <translation>Die Positionsbeträge ergeben den Nettobetrag (%1).</translation>
    </message>
    <message>
        <source>The line amounts add up to the total (%1).</source>
        <translation>Die Positionsbeträge ergeben den Gesamtbetrag (%1).</translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the subtotal %2.</source>
        <translation>Die Positionsbeträge ergeben %1, nicht den Nettobetrag %2.</translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the total %2.</source>
        <translation>Die Positionsbeträge ergeben %1, nicht den Gesamtbetrag %2.</translation>
    </message>
    <message>
        <source>Line %1 has a malformed number.</source>
        <translation>Position %1 enthält eine ungültige Zahl.</translation>
    </message>
    <message>
        <source>Line %1: %2 x %3 = %4, not %5.</source>
        <translation>Position %1: %2 × %3 = %4, nicht %5.</translation>
    </message>
    <message>
        <source>No line items with quantity and unit price.</source>
        <translation>Keine Positionen mit Menge und Einzelpreis.</translation>
    </message>
    <message numerus="yes">
        <source>Quantity x unit price = amount on %n line(s).</source>
        <translation>
            <numerusform>Menge × Einzelpreis = Betrag in %n Position.</numerusform>
            <numerusform>Menge × Einzelpreis = Betrag in %n Positionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice date.</source>
        <translation>Kein Rechnungsdatum.</translation>
    </message>
    <message>
        <source>The invoice date &quot;%1&quot; is not a date.</source>
        <translation>Das Rechnungsdatum „%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>The invoice date %1 is implausible.</source>
        <translation>Das Rechnungsdatum %1 ist nicht plausibel.</translation>
    </message>
    <message>
        <source>The invoice date is plausible; no due date.</source>
        <translation>Das Rechnungsdatum ist plausibel; kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date.</source>
        <translation>Das Fälligkeitsdatum „%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>The due date %1 is before the invoice date.</source>
        <translation>Das Fälligkeitsdatum %1 liegt vor dem Rechnungsdatum.</translation>
    </message>
    <message>
        <source>The due date %1 is more than a year after the invoice date.</source>
        <translation>Das Fälligkeitsdatum %1 liegt mehr als ein Jahr nach dem Rechnungsdatum.</translation>
    </message>
    <message>
        <source>The invoice and due dates are plausible.</source>
        <translation>Rechnungs- und Fälligkeitsdatum sind plausibel.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::WatchPreferences</name>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message>
        <source>&amp;Queue new files from a folder automatically</source>
        <translation>Neue Dateien aus einem Ordner automatisch e&amp;inreihen</translation>
    </message>
    <message>
        <source>Invoices saved or scanned into the folder are read as soon as they are complete; files already there are left alone</source>
        <translation>In den Ordner gespeicherte oder gescannte Rechnungen werden gelesen, sobald sie vollständig sind; bereits vorhandene Dateien bleiben unberührt</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A new file is queued once its size and time have not changed for this long, so a file still being copied is not read half-written</source>
        <translation>Eine neue Datei wird erst in die Warteschlange gestellt, wenn sich Größe und Änderungszeit so lange nicht geändert haben, damit eine noch kopierte Datei nicht halb geschrieben gelesen wird</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Wait until unchanged for:</source>
        <translation>Unverändert seit &amp;mindestens:</translation>
    </message>
    <message>
        <source>Choose the folder to watch, or turn watching off.</source>
        <translation>Wählen Sie den zu überwachenden Ordner aus oder schalten Sie die Überwachung aus.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another one.</source>
        <translation>Der Ordner %1 existiert nicht; wählen Sie einen anderen aus.</translation>
    </message>
    <message>
        <source>Folder to Watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
</context>
</TS>
