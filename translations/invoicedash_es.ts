<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>InvoiceDash</name>
    <message>
        <source>InvoiceDash reads invoices with OCR and shows live metrics.

Without a command it opens the main window (FILES are queued at start).
Commands:
  process PATH... --jsonl OUT   process files and folders without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process invoice images and folders without a window and write one JSON object per file (JSON Lines), then a final line with the wall time.
Exit status: 0 when every file succeeded, 1 when any failed or was skipped, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write results to FILE (&quot;-&quot; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of parallel OCR workers (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write the results to the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract language(s), e.g. eng or eng+deu (default: the app&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files given: name at least one image file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --jsonl FILE: say where the results go (&quot;-&quot; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers takes a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results will not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) processed in %2 s: %3 ok, %4 failed, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::BatchProgress</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ClipboardPaste</name>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n pasted file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The image on the clipboard could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued the pasted image as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to queue: the clipboard holds no image and no files. Copy an invoice image or files, then paste again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DashboardOverlay</name>
    <message>
        <source>Click-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks pass through the dashboard; turn it off from the tray menu or the main window&apos;s View menu (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDash dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move. Right-click for options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop&apos;s metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole team&apos;s metrics, from the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click for the compact view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop invoices to see metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team metrics appear with its first update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the team&apos;s metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click for the expanded view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Top-Right Corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let clicks pass to the windows underneath; turn it off from the tray menu or View &gt; Dashboard Click-Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Database</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store results: the Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer InvoiceDash (schema %2; this version reads up to %3). Update InvoiceDash or point INVOICEDASH_DATA_DIR at another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DropZone</name>
    <message>
        <source>Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop zone for invoice images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices at hand? &lt;a href=&quot;#samples&quot;&gt;Try with sample invoices&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop more invoice images or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop invoice images or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images. Folders are searched recursively.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FileCollector</name>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image InvoiceDash can read (supported: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: one drop can hold at most %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no files that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FilterBar</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search vendor, invoice number or file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::GuiApplication</name>
    <message>
        <source>Results will not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist; choose another one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: the results database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sample invoices could not be copied to the data folder; check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ImageLoader</name>
    <message>
        <source>The image is too large (%1 × %2 pixels; the limit is %3 megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named .pdf but its contents are not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s contents are not an image InvoiceDash can read (supported: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the file could not be found; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceProcessor</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already processed on %1 (%2, %3); not read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be prepared for OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was found on the page; is it an invoice scan, and is it legible?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceReviewDialog</name>
    <message>
        <source>e.g. 1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes show where each value was read. Click one to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the corrected values (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified: the amounts reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Possible duplicate of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MainWindow</name>
    <message>
        <source>InvoiceDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose invoice images to process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process every invoice image in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with &amp;Sample Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process a few bundled sample invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every processed invoice with its fields and line items as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change worker threads, preprocessing, the OCR language and the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Dashboard Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the always-on-top metrics dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard &amp;Click-Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard overlay to the windows underneath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See where each field was read on the page and correct what was misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoice file in the default viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue an image or files from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InvoiceDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished, failed and skipped rows from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all queued and running invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to review and correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Invoice Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder of Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings apply to files queued from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result could not be saved to the database (%1). It is shown in the list but will be missing from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results could not be saved to the database. Latest error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only saved results can be reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InvoiceDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Drop invoice images to read their number, date and total with OCR, and watch live metrics on an always-on-top dashboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices saved to %1 are queued automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 field corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsPublisher</name>
    <message>
        <source>The team server address must start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to the team server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server speaks protocol %1; this InvoiceDash speaks %2. Update the older side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot publish; ask the team server&apos;s admin for a publisher token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not greet this client; is the address an InvoiceDash team server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token refused by the team server; check the team token in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsServer</name>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key %1 is not an unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OcrEngine</name>
    <message>
        <source>Cannot start OCR: no &apos;%1&apos; language data in %2; install the Debian package %3 or set TESSDATA_PREFIX to a folder that holds %1.traineddata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start OCR: the language setting &apos;%1&apos; names no language; use a Tesseract language code such as &apos;eng&apos; or &apos;eng+deu&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start OCR: Tesseract could not load the &apos;%1&apos; language data from %2; reinstall %3 or set TESSDATA_PREFIX to a folder with working traineddata files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recognise an empty image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Outbox</name>
    <message>
        <source>The metric of %1 cannot be published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the metric of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayCards</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <comment>per second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices finished in the metrics window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time from start to stored result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean OCR confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time from start to stored result; p95 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices the whole team finished in the metrics window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window, whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inv · %2/s · %3 ms · %4 %</source>
        <comment>compact overlay: invoices, per second, latency, accuracy</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayPreferences</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How opaque the floating dashboard is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>opacity percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;amber above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber &amp;below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed invoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold must be crossed this long before a card changes colour, and be clear this long before the colour goes away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured over the metrics window. Off disables a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PdfDocument</name>
    <message>
        <source>The PDF file could not be opened; it may be damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is protected by a password; save an unprotected copy and add that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file has no pages; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be read; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF file is too large to read (%2 × %3 pixels at %4 dpi; the limit is %5 megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be rendered; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Pipeline</name>
    <message>
        <source>Processing stopped with an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the processing, preprocessing, OCR and overlay settings to their defaults; the team server settings are kept. Nothing is saved until you click OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many invoices are read at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has 1 core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has %1 cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More threads finish a batch sooner but use more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small or low-resolution scans are enlarged so that small print stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten (&amp;deskew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages photographed or scanned at a slight angle are rotated upright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specks and dust from scanners and fax copies are cleaned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to &amp;black and white (binarize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloured backgrounds and shading are turned into plain black text on white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution small pages are enlarged to; also assumed for images that do not state their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upscale small pages to ~%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tesseract language of your invoices; join several with +, e.g. eng+deu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join several with +, e.g. eng+deu; each one slows reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share metrics with a team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends how long each invoice took, its accuracy and whether it failed; never the invoice itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket address of the team server, ws:// or wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your team lead for the address and a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as plain text in %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your numbers are labelled on the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language data is read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language data found in %1; install tesseract-ocr-eng (or the package of your language) or set TESSDATA_PREFIX to a folder with .traineddata files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an OCR language such as eng, or several joined with +, e.g. eng+deu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“osd” only detects how a page is rotated and cannot read text; choose a reading language such as eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language data for %1 in %2. Install %3 or choose an installed language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the team server, e.g. ws://server:8765, or turn sharing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address; it starts with ws:// or wss://, e.g. ws://server:8765.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid server address; check it for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ws:// or wss:// instead of %1:// for a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// is not supported; the address of a team server starts with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no server name; enter one such as ws://server:8765.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultStore</name>
    <message>
        <source>Could not save the result of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3; write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency; use a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the correction to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no stored invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (%2): same vendor, invoice number and total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1, tax %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preprocessing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ServerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database %1 was written by a newer server (schema %2; this version reads up to %3). Update the server or use --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TeamStatusBar</name>
    <message>
        <source>1 desktop connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktops connected</source>
        <comment>publishing desktops</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishing, %2 viewing; %3 invoices today (server time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server not set up — Edit → Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metrics waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stale — no update for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server has sent nothing for %1; the numbers may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TokenStore</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;role token name&quot; (role publisher or viewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use publisher or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token must be %1-%2 printable ASCII characters without ; or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this token is already listed; every token must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TrayIcon</name>
    <message>
        <source>Show Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard Click-Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard to the windows underneath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Main Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit InvoiceDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Main Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Validator</name>
    <message>
        <source>No total was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number, invoice date, total and currency were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a subtotal and a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal + tax = total (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal + tax = %1, but the total is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a subtotal or a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line amounts add up to the subtotal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line amounts add up to the total (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the subtotal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the total %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a malformed number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 x %3 = %4, not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line items with quantity and unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quantity x unit price = amount on %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date %1 is implausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date is plausible; no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is more than a year after the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice and due dates are plausible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDash::WatchPreferences</name>
    <message>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue new files from a folder automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices saved or scanned into the folder are read as soon as they are complete; files already there are left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new file is queued once its size and time have not changed for this long, so a file still being copied is not read half-written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait until unchanged for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to watch, or turn watching off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to Watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
