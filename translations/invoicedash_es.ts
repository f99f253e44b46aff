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
        <translation>InvoiceDash lee facturas mediante OCR y muestra métricas en tiempo real.

Sin ningún comando, abre la ventana principal (los FILES indicados se ponen en cola al iniciar).
Comandos:
  process PATH... --jsonl OUT   procesa archivos y carpetas sin abrir ninguna ventana</translation>
    </message>
    <message>
        <source>Invoices to open.</source>
        <translation>Facturas que se abrirán.</translation>
    </message>
    <message>
        <source>Process invoice images and folders without a window and write one JSON object per file (JSON Lines), then a final line with the wall time.
Exit status: 0 when every file succeeded, 1 when any failed or was skipped, 2 on a usage error.</source>
        <translation>Procesa imágenes de facturas y carpetas sin abrir ninguna ventana y escribe un objeto JSON por archivo (JSON Lines) y, al final, una línea con el tiempo real transcurrido.
Código de salida: 0 si todos los archivos se procesaron correctamente, 1 si alguno falló o se omitió, 2 si hubo un error de uso.</translation>
    </message>
    <message>
        <source>Write results to FILE (&quot;-&quot; for standard output).</source>
        <translation>Escribe los resultados en FILE (&quot;-&quot; para la salida estándar).</translation>
    </message>
    <message>
        <source>Number of parallel OCR workers (default: one per core).</source>
        <translation>Número de hilos de OCR en paralelo (valor predeterminado: uno por núcleo).</translation>
    </message>
    <message>
        <source>Do not write the results to the local database.</source>
        <translation>No escribe los resultados en la base de datos local.</translation>
    </message>
    <message>
        <source>Tesseract language(s), e.g. eng or eng+deu (default: the app&apos;s setting).</source>
        <translation>Idioma(s) de Tesseract, p. ej., eng o eng+deu (valor predeterminado: el ajuste de la aplicación).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>Image files and folders.</source>
        <translation>Archivos de imagen y carpetas.</translation>
    </message>
    <message>
        <source>No files given: name at least one image file or folder.</source>
        <translation>No se ha indicado ningún archivo: indique al menos un archivo de imagen o una carpeta.</translation>
    </message>
    <message>
        <source>Missing --jsonl FILE: say where the results go (&quot;-&quot; for standard output).</source>
        <translation>Falta --jsonl FILE: indique dónde se escriben los resultados (&quot;-&quot; para la salida estándar).</translation>
    </message>
    <message>
        <source>--workers takes a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--workers admite un número entero de 1 a 64, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir en %1: %2.</translation>
    </message>
    <message>
        <source>Results will not be stored: %1</source>
        <translation>Los resultados no se guardarán: %1</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>omitido %1: %2</translation>
    </message>
    <message>
        <source>%1 file(s) processed in %2 s: %3 ok, %4 failed, %5 skipped.</source>
        <translation>%1 archivo(s) procesado(s) en %2 s: %3 correctos, %4 con error, %5 omitidos.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::BatchProgress</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>queda aprox. %n s</numerusform>
            <numerusform>quedan aprox. %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n min</numerusform>
            <numerusform>quedan aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>quedan aprox. %1 h %2 min</translation>
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
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n pasted file(s).</source>
        <translation>
            <numerusform>Se puso en cola %n archivo pegado.</numerusform>
            <numerusform>Se pusieron en cola %n archivos pegados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image on the clipboard could not be read.</source>
        <translation>No se pudo leer la imagen del portapapeles.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved to %1.</source>
        <translation>No se pudo guardar la imagen pegada en %1.</translation>
    </message>
    <message>
        <source>Queued the pasted image as %1.</source>
        <translation>La imagen pegada se puso en cola como %1.</translation>
    </message>
    <message>
        <source>Nothing to queue: the clipboard holds no image and no files. Copy an invoice image or files, then paste again.</source>
        <translation>No hay nada que poner en cola: el portapapeles no contiene ninguna imagen ni archivos. Copie una imagen de factura o archivos y vuelva a pegar.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DashboardOverlay</name>
    <message>
        <source>Click-through</source>
        <translation>Transparente a los clics</translation>
    </message>
    <message>
        <source>Clicks pass through the dashboard; turn it off from the tray menu or the main window&apos;s View menu (Ctrl+Shift+T)</source>
        <translation>Los clics atraviesan el panel; desactívelo desde el menú de la bandeja del sistema o desde el menú Ver de la ventana principal (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>InvoiceDash dashboard</source>
        <translation>Panel de InvoiceDash</translation>
    </message>
    <message>
        <source>Drag to move. Right-click for options.</source>
        <translation>Arrastre para moverlo. Haga clic con el botón derecho para ver las opciones.</translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Vista compacta</translation>
    </message>
    <message>
        <source>Hide dashboard</source>
        <translation>Ocultar panel</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>This desktop&apos;s metrics</source>
        <translation>Métricas de este escritorio</translation>
    </message>
    <message>
        <source>The whole team&apos;s metrics, from the team server</source>
        <translation>Métricas de todo el equipo, recibidas del servidor del equipo</translation>
    </message>
    <message>
        <source>Double-click for the compact view</source>
        <translation>Haga doble clic para ver la vista compacta</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Esperando datos…</translation>
    </message>
    <message>
        <source>Drop invoices to see metrics</source>
        <translation>Suelte facturas para ver las métricas</translation>
    </message>
    <message>
        <source>Waiting for the team server…</source>
        <translation>Esperando al servidor del equipo…</translation>
    </message>
    <message>
        <source>Team metrics appear with its first update</source>
        <translation>Las métricas del equipo aparecerán con su primera actualización</translation>
    </message>
    <message>
        <source>Showing the team&apos;s metrics</source>
        <translation>Mostrando las métricas del equipo</translation>
    </message>
    <message>
        <source>Expanded view</source>
        <translation>Vista ampliada</translation>
    </message>
    <message>
        <source>Double-click for the expanded view</source>
        <translation>Haga doble clic para ver la vista ampliada</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Expanded View</source>
        <translation>Vista ampliada</translation>
    </message>
    <message>
        <source>Compact View</source>
        <translation>Vista compacta</translation>
    </message>
    <message>
        <source>Move to Top-Right Corner</source>
        <translation>Mover a la esquina superior derecha</translation>
    </message>
    <message>
        <source>Local Metrics</source>
        <translation>Métricas locales</translation>
    </message>
    <message>
        <source>Team Metrics</source>
        <translation>Métricas del equipo</translation>
    </message>
    <message>
        <source>Click-Through</source>
        <translation>Transparente a los clics</translation>
    </message>
    <message>
        <source>Let clicks pass to the windows underneath; turn it off from the tray menu or View &gt; Dashboard Click-Through</source>
        <translation>Deja pasar los clics a las ventanas de debajo; desactívelo desde el menú de la bandeja del sistema o en Ver &gt; Panel transparente a los clics</translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation>Ocultar panel</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Database</name>
    <message>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot store results: the Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>No se pueden guardar los resultados: falta el controlador SQLite de Qt; instale el paquete libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer InvoiceDash (schema %2; this version reads up to %3). Update InvoiceDash or point INVOICEDASH_DATA_DIR at another folder.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de InvoiceDash (esquema %2; esta versión lee hasta el %3). Actualice InvoiceDash o haga que INVOICEDASH_DATA_DIR apunte a otra carpeta.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DropZone</name>
    <message>
        <source>Open Files…</source>
        <translation>Abrir archivos…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Drop zone for invoice images</source>
        <translation>Zona para soltar imágenes de facturas</translation>
    </message>
    <message>
        <source>No invoices at hand? &lt;a href=&quot;#samples&quot;&gt;Try with sample invoices&lt;/a&gt;</source>
        <translation>¿No tiene facturas a mano? &lt;a href=&quot;#samples&quot;&gt;Pruebe con facturas de ejemplo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Drop more invoice images or folders here</source>
        <translation>Suelte aquí más imágenes de facturas o carpetas</translation>
    </message>
    <message>
        <source>Drop invoice images or folders here</source>
        <translation>Suelte aquí imágenes de facturas o carpetas</translation>
    </message>
    <message>
        <source>%1 images. Folders are searched recursively.</source>
        <translation>Imágenes %1. Las carpetas se examinan de forma recursiva.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FileCollector</name>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>El archivo no existe (puede que se haya movido o eliminado).</translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>No se puede leer el archivo: permiso denegado.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Not an image InvoiceDash can read (supported: %1).</source>
        <translation>No es una imagen que InvoiceDash pueda leer (formatos admitidos: %1).</translation>
    </message>
    <message>
        <source>Not queued: one drop can hold at most %1 files.</source>
        <translation>No se puso en cola: se pueden soltar como máximo %1 archivos a la vez.</translation>
    </message>
    <message>
        <source>The folder holds no files that can be read.</source>
        <translation>La carpeta no contiene archivos que se puedan leer.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Search vendor, invoice number or file…</source>
        <translation>Buscar proveedor, número de factura o archivo…</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>Mostrar solo las filas con este estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation>En cola o en curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Earliest invoice date</source>
        <translation>Fecha de factura más antigua</translation>
    </message>
    <message>
        <source>Latest invoice date</source>
        <translation>Fecha de factura más reciente</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::GuiApplication</name>
    <message>
        <source>Results will not be saved: %1</source>
        <translation>Los resultados no se guardarán: %1</translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist; choose another one in Preferences.</source>
        <translation>La carpeta vigilada %1 no existe; elija otra en Preferencias.</translation>
    </message>
    <message>
        <source>Nothing to export: the results database could not be opened.</source>
        <translation>No hay nada que exportar: no se pudo abrir la base de datos de resultados.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n factura a %1</numerusform>
            <numerusform>Se exportaron %n facturas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample invoices could not be copied to the data folder; check that it is writable.</source>
        <translation>No se pudieron copiar las facturas de ejemplo a la carpeta de datos; compruebe que tiene permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryCharts</name>
    <message>
        <source>Read</source>
        <translation>Leídas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation>Latencia media (ms)</translation>
    </message>
    <message>
        <source>Mean accuracy</source>
        <translation>Precisión media</translation>
    </message>
    <message>
        <source>Mean accuracy (%)</source>
        <translation>Precisión media (%)</translation>
    </message>
    <message>
        <source>Invoices per 6 hours</source>
        <translation>Facturas cada 6 horas</translation>
    </message>
    <message>
        <source>Invoices per hour</source>
        <translation>Facturas por hora</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryQuery</name>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryTab</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>The time range the charts show</source>
        <translation>El intervalo de tiempo que muestran los gráficos</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <source>No results database is open.</source>
        <translation>No hay ninguna base de datos de resultados abierta.</translation>
    </message>
    <message>
        <source>The history needs the results database, which could not be opened. Results are still shown in the Results tab.</source>
        <translation>El historial necesita la base de datos de resultados, que no se pudo abrir. Los resultados se siguen mostrando en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>No invoices in the last 7 days.
Invoices you process appear here in six-hour steps.</source>
        <translation>No hay facturas en los últimos 7 días.
Las facturas que procese aparecerán aquí en intervalos de seis horas.</translation>
    </message>
    <message>
        <source>No invoices in the last 24 hours.
Invoices you process appear here hour by hour.</source>
        <translation>No hay facturas en las últimas 24 horas.
Las facturas que procese aparecerán aquí hora a hora.</translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n leída</numerusform>
            <numerusform>%n leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>mean latency %1 ms</source>
        <translation>latencia media %1 ms</translation>
    </message>
    <message>
        <source>mean accuracy %1 %</source>
        <translation>precisión media %1 %</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ImageLoader</name>
    <message>
        <source>The image is too large (%1 × %2 pixels; the limit is %3 megapixels).</source>
        <translation>La imagen es demasiado grande (%1 × %2 píxeles; el límite es de %3 megapíxeles).</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>No se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>El archivo no existe (puede que se haya movido o eliminado).</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>El archivo es demasiado grande (%1 MB; el límite es de %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is named .pdf but its contents are not a PDF document.</source>
        <translation>El archivo tiene la extensión .pdf, pero su contenido no es un documento PDF.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not an image InvoiceDash can read (supported: %1).</source>
        <translation>El contenido del archivo no es una imagen que InvoiceDash pueda leer (formatos admitidos: %1).</translation>
    </message>
    <message>
        <source>The file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation>El archivo tiene %1 páginas; se leen como máximo %2 páginas de cada archivo. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Page %1 of the file could not be found; the file may be damaged.</source>
        <translation>No se encontró la página %1 del archivo; puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file may be damaged.</source>
        <translation>No se pudo descodificar la imagen (%1); puede que el archivo esté dañado.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InterfacePreferences</name>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, messages and the overlay</source>
        <translation>El idioma de los menús, los mensajes y el panel flotante</translation>
    </message>
    <message>
        <source>Start on the &amp;X11 backend (keeps the overlay on top on Wayland)</source>
        <translation>Iniciar con el motor &amp;X11 (mantiene el panel flotante en primer plano en Wayland)</translation>
    </message>
    <message>
        <source>Wayland desktops decide themselves which window stays on top; through X11 (XWayland) the overlay can. Same as starting InvoiceDash with QT_QPA_PLATFORM=xcb</source>
        <translation>Los escritorios Wayland deciden por sí mismos qué ventana queda en primer plano; a través de X11 (XWayland) el panel flotante sí puede. Equivale a iniciar InvoiceDash con QT_QPA_PLATFORM=xcb</translation>
    </message>
    <message>
        <source>InvoiceDash uses these settings the next time it starts.</source>
        <translation>InvoiceDash aplicará estos ajustes la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceProcessor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Already processed on %1 (%2, %3); not read again.</source>
        <translation>Ya se procesó el %1 (%2, %3); no se vuelve a leer.</translation>
    </message>
    <message>
        <source>The image could not be prepared for OCR.</source>
        <translation>No se pudo preparar la imagen para el OCR.</translation>
    </message>
    <message>
        <source>No text was found on the page; is it an invoice scan, and is it legible?</source>
        <translation>No se encontró texto en la página; ¿es el escaneo de una factura y es legible?</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceReviewDialog</name>
    <message>
        <source>e.g. 1234.56</source>
        <translation>p. ej., 1234.56</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation>Código ISO, p. ej., EUR</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revisar %1</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>Pá&amp;gina:</translation>
    </message>
    <message>
        <source>Boxes show where each value was read. Click one to edit it.</source>
        <translation>Los recuadros muestran dónde se leyó cada valor. Haga clic en uno para editarlo.</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Líneas de detalle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Store the corrected values (Ctrl+S)</source>
        <translation>Guardar los valores corregidos (Ctrl+S)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation>Corregido; no se leyó nada</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Corregido; valor leído: %1</translation>
    </message>
    <message>
        <source>Not found on the page</source>
        <translation>No se encontró en la página</translation>
    </message>
    <message>
        <source>✓ Verified: the amounts reconcile.</source>
        <translation>✓ Verificada: los importes cuadran.</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>Se superaron %1 de %2 comprobaciones.</translation>
    </message>
    <message>
        <source>⚠ Possible duplicate of %1 (%2).</source>
        <translation>⚠ Posible duplicado de %1 (%2).</translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation>Cargando la página %1…</translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation>No se puede mostrar la página: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields first.</source>
        <translation>No se guardó nada: corrija primero los campos marcados.</translation>
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
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <source>Choose invoice images to process</source>
        <translation>Elegir las imágenes de facturas que se procesarán</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Process every invoice image in a folder and its subfolders</source>
        <translation>Procesar todas las imágenes de facturas de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Try with &amp;Sample Invoices</source>
        <translation>Probar con &amp;facturas de ejemplo</translation>
    </message>
    <message>
        <source>Process a few bundled sample invoices</source>
        <translation>Procesar algunas facturas de ejemplo incluidas</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Save every processed invoice with its fields and line items as CSV or JSON</source>
        <translation>Guardar todas las facturas procesadas, con sus campos y líneas de detalle, en CSV o JSON</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Change worker threads, preprocessing, the OCR language and the team server</source>
        <translation>Cambiar los hilos de trabajo, el preprocesamiento, el idioma del OCR y el servidor del equipo</translation>
    </message>
    <message>
        <source>Show &amp;Dashboard Overlay</source>
        <translation>Mostrar el &amp;panel flotante</translation>
    </message>
    <message>
        <source>Show the always-on-top metrics dashboard</source>
        <translation>Mostrar el panel de métricas siempre visible</translation>
    </message>
    <message>
        <source>Dashboard &amp;Click-Through</source>
        <translation>Panel &amp;transparente a los clics</translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard overlay to the windows underneath</source>
        <translation>Dejar que los clics atraviesen el panel flotante hasta las ventanas de debajo</translation>
    </message>
    <message>
        <source>&amp;Review Invoice…</source>
        <translation>&amp;Revisar factura…</translation>
    </message>
    <message>
        <source>See where each field was read on the page and correct what was misread</source>
        <translation>Ver dónde se leyó cada campo en la página y corregir lo que se leyó mal</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>Abrir &amp;archivo</translation>
    </message>
    <message>
        <source>Open the invoice file in the default viewer</source>
        <translation>Abrir el archivo de la factura en el visor predeterminado</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Queue an image or files from the clipboard</source>
        <translation>Poner en cola una imagen o archivos del portapapeles</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDash</source>
        <translation>&amp;Acerca de InvoiceDash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Quitar terminadas</translation>
    </message>
    <message>
        <source>Remove finished, failed and skipped rows from the list</source>
        <translation>Quitar de la lista las filas terminadas, fallidas y omitidas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop all queued and running invoices</source>
        <translation>Detener todas las facturas en cola y en curso</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to review and correct it</source>
        <translation>Haga doble clic en una fila o presione Enter para revisarla y corregirla</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation>Terminado: %1 completadas, %2 fallidas</translation>
    </message>
    <message>
        <source>Invoices (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</source>
        <translation>Facturas (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Invoice Images</source>
        <translation>Abrir imágenes de facturas</translation>
    </message>
    <message>
        <source>Open Folder of Invoices</source>
        <translation>Abrir carpeta de facturas</translation>
    </message>
    <message>
        <source>Settings apply to files queued from now on</source>
        <translation>La configuración se aplica a los archivos que se pongan en cola a partir de ahora</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>A result could not be saved to the database (%1). It is shown in the list but will be missing from the history.</source>
        <translation>No se pudo guardar un resultado en la base de datos (%1). Se muestra en la lista, pero no aparecerá en el historial.</translation>
    </message>
    <message>
        <source>%1 results could not be saved to the database. Latest error: %2</source>
        <translation>No se pudieron guardar %1 resultados en la base de datos. Último error: %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Only saved results can be reviewed</source>
        <translation>Solo se pueden revisar los resultados guardados</translation>
    </message>
    <message>
        <source>Corrections saved</source>
        <translation>Correcciones guardadas</translation>
    </message>
    <message>
        <source>About InvoiceDash</source>
        <translation>Acerca de InvoiceDash</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Drop invoice images to read their number, date and total with OCR, and watch live metrics on an always-on-top dashboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Suelte imágenes de facturas para leer su número, fecha y total mediante OCR, y siga las métricas en tiempo real en un panel siempre visible.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Vigilando %1</translation>
    </message>
    <message>
        <source>New invoices saved to %1 are queued automatically</source>
        <translation>Las facturas nuevas que se guarden en %1 se ponen en cola automáticamente</translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation>Recopilando archivos…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n completada</numerusform>
            <numerusform>%n completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 field corrected</source>
        <translation>1 campo corregido</translation>
    </message>
    <message>
        <source>%1 fields corrected</source>
        <translation>%1 campos corregidos</translation>
    </message>
    <message>
        <source>in 1 invoice</source>
        <translation>en 1 factura</translation>
    </message>
    <message>
        <source>in %1 invoices</source>
        <translation>en %1 facturas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Invoices per hour, latency and accuracy over the last day or week</source>
        <translation>Facturas por hora, latencia y precisión durante el último día o la última semana</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsPublisher</name>
    <message>
        <source>The team server address must start with ws:// or wss://.</source>
        <translation>La dirección del servidor del equipo debe empezar por ws:// o wss://.</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>error de TLS desconocido</translation>
    </message>
    <message>
        <source>Secure connection to the team server failed: %1</source>
        <translation>Falló la conexión segura con el servidor del equipo: %1</translation>
    </message>
    <message>
        <source>The team server speaks protocol %1; this InvoiceDash speaks %2. Update the older side.</source>
        <translation>El servidor del equipo usa la versión %1 del protocolo; este InvoiceDash usa la %2. Actualice el más antiguo de los dos.</translation>
    </message>
    <message>
        <source>This token cannot publish; ask the team server&apos;s admin for a publisher token.</source>
        <translation>Este token no puede publicar; pida al administrador del servidor del equipo un token de publicación.</translation>
    </message>
    <message>
        <source>The team server stopped answering.</source>
        <translation>El servidor del equipo dejó de responder.</translation>
    </message>
    <message>
        <source>The server did not greet this client; is the address an InvoiceDash team server?</source>
        <translation>El servidor no saludó a este cliente; ¿la dirección corresponde a un servidor del equipo de InvoiceDash?</translation>
    </message>
    <message>
        <source>Token refused by the team server; check the team token in Preferences.</source>
        <translation>El servidor del equipo rechazó el token; compruebe el token del equipo en Preferencias.</translation>
    </message>
    <message>
        <source>The team server closed the connection: %1</source>
        <translation>El servidor del equipo cerró la conexión: %1</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>No se puede conectar con el servidor del equipo: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost.</source>
        <translation>Se perdió la conexión con el servidor del equipo.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsServer</name>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>No se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS certificate %1 holds no PEM certificate.</source>
        <translation>El certificado TLS %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>No se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is not an unencrypted PEM private key.</source>
        <translation>La clave TLS %1 no es una clave privada PEM sin cifrar.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS necesita tanto un certificado como un archivo de clave.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OcrEngine</name>
    <message>
        <source>Cannot start OCR: no &apos;%1&apos; language data in %2; install the Debian package %3 or set TESSDATA_PREFIX to a folder that holds %1.traineddata.</source>
        <translation>No se puede iniciar el OCR: no hay datos del idioma &apos;%1&apos; en %2; instale el paquete de Debian %3 o defina TESSDATA_PREFIX con una carpeta que contenga %1.traineddata.</translation>
    </message>
    <message>
        <source>Cannot start OCR: the language setting &apos;%1&apos; names no language; use a Tesseract language code such as &apos;eng&apos; or &apos;eng+deu&apos;.</source>
        <translation>No se puede iniciar el OCR: el ajuste de idioma &apos;%1&apos; no indica ningún idioma; use un código de idioma de Tesseract como &apos;eng&apos; o &apos;eng+deu&apos;.</translation>
    </message>
    <message>
        <source>Cannot start OCR: Tesseract could not load the &apos;%1&apos; language data from %2; reinstall %3 or set TESSDATA_PREFIX to a folder with working traineddata files.</source>
        <translation>No se puede iniciar el OCR: Tesseract no pudo cargar los datos del idioma &apos;%1&apos; desde %2; reinstale %3 o defina TESSDATA_PREFIX con una carpeta que contenga archivos traineddata válidos.</translation>
    </message>
    <message>
        <source>Cannot recognise an empty image.</source>
        <translation>No se puede reconocer una imagen vacía.</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract no pudo reconocer la página.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Outbox</name>
    <message>
        <source>The metric of %1 cannot be published: %2</source>
        <translation>No se puede publicar la métrica de %1: %2</translation>
    </message>
    <message>
        <source>Cannot queue the metric of %1: %2</source>
        <translation>No se puede poner en cola la métrica de %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayCards</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>/s</source>
        <comment>per second</comment>
        <translation>/s</translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Avg accuracy</source>
        <translation>Precisión media</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Invoices finished in the metrics window</source>
        <translation>Facturas terminadas en el intervalo de métricas</translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window</source>
        <translation>Facturas por segundo en el intervalo de métricas</translation>
    </message>
    <message>
        <source>Mean time from start to stored result</source>
        <translation>Tiempo medio desde el inicio hasta el resultado guardado</translation>
    </message>
    <message>
        <source>Mean OCR confidence</source>
        <translation>Confianza media del OCR</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>en %1 s</translation>
    </message>
    <message>
        <source>Mean time from start to stored result; p95 %1 ms</source>
        <translation>Tiempo medio desde el inicio hasta el resultado guardado; p95 %1 ms</translation>
    </message>
    <message>
        <source>Invoices the whole team finished in the metrics window</source>
        <translation>Facturas que terminó todo el equipo en el intervalo de métricas</translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window, whole team</source>
        <translation>Facturas por segundo en el intervalo de métricas, todo el equipo</translation>
    </message>
    <message>
        <source>%1 inv · %2/s · %3 ms · %4 %</source>
        <comment>compact overlay: invoices, per second, latency, accuracy</comment>
        <translation>%1 fact. · %2/s · %3 ms · %4 %</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayHistory</name>
    <message>
        <source>Throughput · 10 min</source>
        <translation>Rendimiento · 10 min</translation>
    </message>
    <message>
        <source>Latency · 10 min</source>
        <translation>Latencia · 10 min</translation>
    </message>
    <message>
        <source>Invoices per second in each 10-second step of the last 10 minutes; the number is the current throughput</source>
        <translation>Facturas por segundo en cada intervalo de 10 segundos de los últimos 10 minutos; el número es el rendimiento actual</translation>
    </message>
    <message>
        <source>Mean latency in each 10-second step of the last 10 minutes, the faint line its p95; the number is the p95 over 10 minutes</source>
        <translation>Latencia media en cada intervalo de 10 segundos de los últimos 10 minutos, la línea tenue su p95; el número es el p95 de 10 minutos</translation>
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
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Panel flotante</translation>
    </message>
    <message>
        <source>How opaque the floating dashboard is</source>
        <translation>Grado de opacidad del panel flotante</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>opacity percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;Opacidad:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Avg latency:</source>
        <translation>Latencia media:</translation>
    </message>
    <message>
        <source>&amp;amber above</source>
        <translation>ámbar por &amp;encima de</translation>
    </message>
    <message>
        <source>red above</source>
        <translation>rojo por encima de</translation>
    </message>
    <message>
        <source>Avg accuracy:</source>
        <translation>Precisión media:</translation>
    </message>
    <message>
        <source>amber &amp;below</source>
        <translation>ámbar por de&amp;bajo de</translation>
    </message>
    <message>
        <source>red below</source>
        <translation>rojo por debajo de</translation>
    </message>
    <message>
        <source>Failed invoices:</source>
        <translation>Facturas fallidas:</translation>
    </message>
    <message>
        <source>amber a&amp;t</source>
        <translation>ámbar a&amp;l llegar a</translation>
    </message>
    <message>
        <source>red at</source>
        <translation>rojo al llegar a</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Sin retardo</translation>
    </message>
    <message>
        <source>A threshold must be crossed this long before a card changes colour, and be clear this long before the colour goes away</source>
        <translation>Tiempo durante el que debe superarse un umbral antes de que una tarjeta cambie de color, y durante el que debe dejar de superarse antes de que el color desaparezca</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>Mantener d&amp;urante:</translation>
    </message>
    <message>
        <source>Measured over the metrics window. Off disables a threshold.</source>
        <translation>Valores medidos en el intervalo de métricas. Con “Desactivado”, el umbral no se aplica.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PdfDocument</name>
    <message>
        <source>The PDF file could not be opened; it may be damaged or incomplete.</source>
        <translation>No se pudo abrir el archivo PDF; puede que esté dañado o incompleto.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password; save an unprotected copy and add that instead.</source>
        <translation>El archivo PDF está protegido con contraseña; guarde una copia sin protección y añádala en su lugar.</translation>
    </message>
    <message>
        <source>The PDF file has no pages; it may be damaged.</source>
        <translation>El archivo PDF no tiene páginas; puede que esté dañado.</translation>
    </message>
    <message>
        <source>The PDF file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation>El archivo PDF tiene %1 páginas; se leen como máximo %2 páginas de cada archivo. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be read; the file may be damaged.</source>
        <translation>No se pudo leer la página %1 del archivo PDF; puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file is too large to read (%2 × %3 pixels at %4 dpi; the limit is %5 megapixels).</source>
        <translation>La página %1 del archivo PDF es demasiado grande para leerla (%2 × %3 píxeles a %4 ppp; el límite es de %5 megapíxeles).</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be rendered; the file may be damaged.</source>
        <translation>No se pudo renderizar la página %1 del archivo PDF; puede que el archivo esté dañado.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Pipeline</name>
    <message>
        <source>Processing stopped with an internal error: %1</source>
        <translation>El procesamiento se detuvo por un error interno: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Reset the processing, preprocessing, OCR and overlay settings to their defaults; the team server settings are kept. Nothing is saved until you click OK</source>
        <translation>Restablece los valores predeterminados de procesamiento, preprocesamiento, OCR y panel flotante; se conservan los ajustes del servidor del equipo. No se guarda nada hasta que haga clic en Aceptar</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <source>How many invoices are read at the same time</source>
        <translation>Cuántas facturas se leen a la vez</translation>
    </message>
    <message>
        <source>This computer has 1 core.</source>
        <translation>Este equipo tiene 1 núcleo.</translation>
    </message>
    <message>
        <source>This computer has %1 cores.</source>
        <translation>Este equipo tiene %1 núcleos.</translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation>&amp;Hilos de trabajo:</translation>
    </message>
    <message>
        <source>More threads finish a batch sooner but use more memory.</source>
        <translation>Con más hilos, un lote termina antes, pero se usa más memoria.</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Preprocesamiento</translation>
    </message>
    <message>
        <source>Small or low-resolution scans are enlarged so that small print stays readable.</source>
        <translation>Los escaneos pequeños o de baja resolución se amplían para que la letra pequeña siga siendo legible.</translation>
    </message>
    <message>
        <source>Straighten (&amp;deskew)</source>
        <translation>Endere&amp;zar (corregir inclinación)</translation>
    </message>
    <message>
        <source>Pages photographed or scanned at a slight angle are rotated upright.</source>
        <translation>Las páginas fotografiadas o escaneadas con una ligera inclinación se giran hasta quedar rectas.</translation>
    </message>
    <message>
        <source>Remove &amp;noise</source>
        <translation>Eliminar &amp;ruido</translation>
    </message>
    <message>
        <source>Specks and dust from scanners and fax copies are cleaned away.</source>
        <translation>Se eliminan las motas y el polvo de los escáneres y de las copias de fax.</translation>
    </message>
    <message>
        <source>Convert to &amp;black and white (binarize)</source>
        <translation>Convertir a blanco y &amp;negro (binarizar)</translation>
    </message>
    <message>
        <source>Coloured backgrounds and shading are turned into plain black text on white.</source>
        <translation>Los fondos de color y los sombreados se convierten en texto negro sobre fondo blanco.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>The resolution small pages are enlarged to; also assumed for images that do not state their own</source>
        <translation>Resolución a la que se amplían las páginas pequeñas; también se supone para las imágenes que no indican la suya</translation>
    </message>
    <message>
        <source>&amp;Target resolution:</source>
        <translation>Re&amp;solución de destino:</translation>
    </message>
    <message>
        <source>&amp;Upscale small pages to ~%1 dpi</source>
        <translation>&amp;Ampliar las páginas pequeñas a ~%1 ppp</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Idioma del OCR</translation>
    </message>
    <message>
        <source>The Tesseract language of your invoices; join several with +, e.g. eng+deu</source>
        <translation>El idioma de Tesseract de sus facturas; combine varios con +, p. ej., eng+deu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Join several with +, e.g. eng+deu; each one slows reading.</source>
        <translation>Combine varios con +, p. ej., eng+deu; cada uno ralentiza la lectura.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>&amp;Share metrics with a team server</source>
        <translation>&amp;Compartir métricas con un servidor del equipo</translation>
    </message>
    <message>
        <source>Sends how long each invoice took, its accuracy and whether it failed; never the invoice itself.</source>
        <translation>Envía cuánto tardó cada factura, su precisión y si falló; nunca la factura en sí.</translation>
    </message>
    <message>
        <source>The WebSocket address of the team server, ws:// or wss://</source>
        <translation>La dirección WebSocket del servidor del equipo, ws:// o wss://</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Ask your team lead for the address and a token.</source>
        <translation>Pida la dirección y un token a su responsable de equipo.</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Ocultar el token</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Saved as plain text in %1 on this computer.</source>
        <translation>Se guarda localmente como texto sin cifrar en %1.</translation>
    </message>
    <message>
        <source>How your numbers are labelled on the team server</source>
        <translation>Cómo se etiquetan sus cifras en el servidor del equipo</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>Language data is read from %1</source>
        <translation>Los datos de idioma se leen de %1</translation>
    </message>
    <message>
        <source>No language data found in %1; install tesseract-ocr-eng (or the package of your language) or set TESSDATA_PREFIX to a folder with .traineddata files.</source>
        <translation>No se encontraron datos de idioma en %1; instale tesseract-ocr-eng (o el paquete de su idioma) o defina TESSDATA_PREFIX con una carpeta que contenga archivos .traineddata.</translation>
    </message>
    <message>
        <source>Enter an OCR language such as eng, or several joined with +, e.g. eng+deu.</source>
        <translation>Escriba un idioma de OCR como eng, o varios combinados con +, p. ej., eng+deu.</translation>
    </message>
    <message>
        <source>“osd” only detects how a page is rotated and cannot read text; choose a reading language such as eng.</source>
        <translation>“osd” solo detecta la orientación de la página y no puede leer texto; elija un idioma de lectura como eng.</translation>
    </message>
    <message>
        <source>No language data for %1 in %2. Install %3 or choose an installed language.</source>
        <translation>No hay datos de idioma para %1 en %2. Instale %3 o elija un idioma instalado.</translation>
    </message>
    <message>
        <source>Enter the address of the team server, e.g. ws://server:8765, or turn sharing off.</source>
        <translation>Escriba la dirección del servidor del equipo, p. ej., ws://server:8765, o desactive el uso compartido.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; it starts with ws:// or wss://, e.g. ws://server:8765.</source>
        <translation>“%1” no es una dirección de servidor; debe empezar por ws:// o wss://, p. ej., ws://server:8765.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address; check it for typing errors.</source>
        <translation>“%1” no es una dirección de servidor válida; compruebe que no tenga errores tipográficos.</translation>
    </message>
    <message>
        <source>Use ws:// or wss:// instead of %1:// for a team server.</source>
        <translation>Para un servidor del equipo, use ws:// o wss:// en lugar de %1://.</translation>
    </message>
    <message>
        <source>%1:// is not supported; the address of a team server starts with ws:// or wss://.</source>
        <translation>%1:// no es compatible; la dirección de un servidor del equipo empieza por ws:// o wss://.</translation>
    </message>
    <message>
        <source>The address has no server name; enter one such as ws://server:8765.</source>
        <translation>La dirección no tiene nombre de servidor; escriba uno, p. ej., ws://server:8765.</translation>
    </message>
    <message>
        <source>Run only the steps each page &amp;requires</source>
        <translation>Ejecutar solo los pasos que &amp;requiere cada página</translation>
    </message>
    <message>
        <source>Each page is measured first (resolution, skew, contrast, lighting, noise); turned off, every step above runs on every page.</source>
        <translation>Primero se mide cada página (resolución, inclinación, contraste, iluminación, ruido); si se desactiva, todos los pasos anteriores se aplican a cada página.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir en %1: %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultStore</name>
    <message>
        <source>Could not save the result of %1 to %2: %3</source>
        <translation>No se pudo guardar el resultado de %1 en %2: %3</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>No existe el campo “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 1234.56.</source>
        <translation>“%1” no es un importe; escríbalo así: 1234.56.</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3; write the date as YYYY-MM-DD.</source>
        <translation>“%1” podría ser %2 o %3; escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05.</source>
        <translation>“%1” no es una fecha; escríbala como AAAA-MM-DD, p. ej., 2024-03-05.</translation>
    </message>
    <message>
        <source>“%1” is not a currency; use a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>“%1” no es una moneda; use un código ISO 4217 de tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <source>That is too long: at most %1 characters.</source>
        <translation>Es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Could not save the correction to %1: %2</source>
        <translation>No se pudo guardar la corrección en %1: %2</translation>
    </message>
    <message>
        <source>there is no stored invoice %1.</source>
        <translation>no existe ninguna factura guardada con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultsModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>N.º de factura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Done (not saved)</source>
        <translation>Completada (sin guardar)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificada</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 superadas</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Possible duplicate of %1</source>
        <translation>Posible duplicado de %1</translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation>Corregido; no se leyó nada</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Corregido; valor leído: %1</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (%2): same vendor, invoice number and total.</source>
        <translation>Posible duplicado de %1 (%2): mismo proveedor, número de factura y total.</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>No se pudo guardar el resultado: %1</translation>
    </message>
    <message>
        <source>Subtotal %1, tax %2</source>
        <translation>Base imponible %1, impuesto %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Preprocessing…</source>
        <translation>Preprocesando…</translation>
    </message>
    <message>
        <source>Reading text…</source>
        <translation>Leyendo el texto…</translation>
    </message>
    <message>
        <source>Extracting fields…</source>
        <translation>Extrayendo campos…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <source>Processing failed.</source>
        <translation>El procesamiento falló.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ServerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
    <message>
        <source>The server database %1 was written by a newer server (schema %2; this version reads up to %3). Update the server or use --db.</source>
        <translation>La base de datos del servidor %1 la escribió una versión más reciente del servidor (esquema %2; esta versión lee hasta el %3). Actualice el servidor o use --db.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::StayOnTopNotice</name>
    <message>
        <source>Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top, or bring it back with the tray icon.</source>
        <translation>Inicie InvoiceDash con X11 (QT_QPA_PLATFORM=xcb) para mantenerlo en primer plano, o recupérelo desde el icono de la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top.</source>
        <translation>Inicie InvoiceDash con X11 (QT_QPA_PLATFORM=xcb) para mantenerlo en primer plano.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) decides itself which window stays on top, so the dashboard overlay may go behind other windows. %1</source>
        <translation>Este escritorio (Wayland) decide por sí mismo qué ventana queda en primer plano, por lo que el panel flotante puede quedar detrás de otras ventanas. %1</translation>
    </message>
    <message>
        <source>Use &amp;X11 from the next start</source>
        <translation>Usar &amp;X11 desde el próximo inicio</translation>
    </message>
    <message>
        <source>InvoiceDash starts on X11 the next time. Preferences → Interface changes it back.</source>
        <translation>InvoiceDash se iniciará con X11 la próxima vez. Puede cambiarlo en Preferencias → Interfaz.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TeamStatusBar</name>
    <message>
        <source>1 desktop connected</source>
        <translation>1 escritorio conectado</translation>
    </message>
    <message numerus="yes">
        <source>%n desktops connected</source>
        <comment>publishing desktops</comment>
        <translation>
            <numerusform>%n escritorio conectado</numerusform>
            <numerusform>%n escritorios conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>%1 publishing, %2 viewing; %3 invoices today (server time)</source>
        <translation>%1 publicando, %2 visualizando; %3 facturas hoy (hora del servidor)</translation>
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
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — reintentando en %2 s</translation>
    </message>
    <message>
        <source>%1 — retrying…</source>
        <translation>%1 — reintentando…</translation>
    </message>
    <message>
        <source>Error — not connected</source>
        <translation>Error — sin conexión</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>Error — %1</translation>
    </message>
    <message>
        <source>Team server not set up — Edit → Preferences</source>
        <translation>Servidor del equipo sin configurar — Edición → Preferencias</translation>
    </message>
    <message numerus="yes">
        <source>%n metrics waiting to be sent</source>
        <translation>
            <numerusform>%n métrica pendiente de envío</numerusform>
            <numerusform>%n métricas pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>stale — no update for %1</source>
        <translation>desactualizado — sin actualizaciones desde hace %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>actualizado ahora mismo</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>actualizado hace %1</translation>
    </message>
    <message>
        <source>The team server has sent nothing for %1; the numbers may be out of date.</source>
        <translation>El servidor del equipo no ha enviado nada desde hace %1; puede que las cifras estén desactualizadas.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TokenStore</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>expected &quot;role token name&quot; (role publisher or viewer).</source>
        <translation>se esperaba &quot;rol token nombre&quot; (con el rol publisher o viewer).</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use publisher or viewer.</source>
        <translation>rol desconocido &quot;%1&quot;; use publisher o viewer.</translation>
    </message>
    <message>
        <source>the token must be %1-%2 printable ASCII characters without ; or #.</source>
        <translation>el token debe tener entre %1 y %2 caracteres ASCII imprimibles, sin ; ni #.</translation>
    </message>
    <message>
        <source>this token is already listed; every token must be unique.</source>
        <translation>este token ya figura en la lista; cada token debe ser único.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>No se puede leer el archivo de tokens %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TrayIcon</name>
    <message>
        <source>Show Dashboard</source>
        <translation>Mostrar panel</translation>
    </message>
    <message>
        <source>Dashboard Click-Through</source>
        <translation>Panel transparente a los clics</translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard to the windows underneath</source>
        <translation>Dejar que los clics atraviesen el panel hasta las ventanas de debajo</translation>
    </message>
    <message>
        <source>Show Main Window</source>
        <translation>Mostrar ventana principal</translation>
    </message>
    <message>
        <source>Quit InvoiceDash</source>
        <translation>Salir de InvoiceDash</translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation>Ocultar panel</translation>
    </message>
    <message>
        <source>Hide Main Window</source>
        <translation>Ocultar ventana principal</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Validator</name>
    <message>
        <source>No total was found.</source>
        <translation>No se encontró el total.</translation>
    </message>
    <message>
        <source>The total &quot;%1&quot; is not an amount.</source>
        <translation>El total &quot;%1&quot; no es un importe.</translation>
    </message>
    <message>
        <source>The total is %1.</source>
        <translation>El total es %1.</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>número de factura</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>fecha de factura</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>Invoice number, invoice date, total and currency were found.</source>
        <translation>Se encontraron el número de factura, la fecha de factura, el total y la moneda.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Datos que faltan: %1.</translation>
    </message>
    <message>
        <source>Needs a subtotal and a total.</source>
        <translation>Se necesitan la base imponible y el total.</translation>
    </message>
    <message>
        <source>The tax &quot;%1&quot; is not an amount.</source>
        <translation>El impuesto &quot;%1&quot; no es un importe.</translation>
    </message>
    <message>
        <source>Subtotal + tax = total (%1).</source>
        <translation>Base imponible + impuesto = total (%1).</translation>
    </message>
    <message>
        <source>Subtotal + tax = %1, but the total is %2.</source>
        <translation>Base imponible + impuesto = %1, pero el total es %2.</translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation>No hay líneas de detalle.</translation>
    </message>
    <message>
        <source>Line %1 has no amount.</source>
        <translation>La línea %1 no tiene importe.</translation>
    </message>
    <message>
        <source>Needs a subtotal or a total.</source>
        <translation>Se necesita la base imponible o el total.</translation>
    </message>
    <message>
        <source>The line amounts add up to the subtotal (%1).</source>
        <translation>Los importes de las líneas suman la base imponible (%1).</translation>
    </message>
    <message>
        <source>The line amounts add up to the total (%1).</source>
        <translation>Los importes de las líneas suman el total (%1).</translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the subtotal %2.</source>
        <translation>Los importes de las líneas suman %1, no la base imponible %2.</translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the total %2.</source>
        <translation>Los importes de las líneas suman %1, no el total %2.</translation>
    </message>
    <message>
        <source>Line %1 has a malformed number.</source>
        <translation>La línea %1 tiene un número mal formado.</translation>
    </message>
    <message>
        <source>Line %1: %2 x %3 = %4, not %5.</source>
        <translation>Línea %1: %2 x %3 = %4, no %5.</translation>
    </message>
    <message>
        <source>No line items with quantity and unit price.</source>
        <translation>No hay líneas de detalle con cantidad y precio unitario.</translation>
    </message>
    <message numerus="yes">
        <source>Quantity x unit price = amount on %n line(s).</source>
        <translation>
            <numerusform>Cantidad x precio unitario = importe en %n línea.</numerusform>
            <numerusform>Cantidad x precio unitario = importe en %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice date.</source>
        <translation>No hay fecha de factura.</translation>
    </message>
    <message>
        <source>The invoice date &quot;%1&quot; is not a date.</source>
        <translation>La fecha de factura &quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>The invoice date %1 is implausible.</source>
        <translation>La fecha de factura %1 no es verosímil.</translation>
    </message>
    <message>
        <source>The invoice date is plausible; no due date.</source>
        <translation>La fecha de factura es verosímil; no hay fecha de vencimiento.</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date.</source>
        <translation>La fecha de vencimiento &quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>The due date %1 is before the invoice date.</source>
        <translation>La fecha de vencimiento %1 es anterior a la fecha de factura.</translation>
    </message>
    <message>
        <source>The due date %1 is more than a year after the invoice date.</source>
        <translation>La fecha de vencimiento %1 es más de un año posterior a la fecha de factura.</translation>
    </message>
    <message>
        <source>The invoice and due dates are plausible.</source>
        <translation>Las fechas de factura y de vencimiento son verosímiles.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::WatchPreferences</name>
    <message>
        <source>Watched folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <source>&amp;Queue new files from a folder automatically</source>
        <translation>Poner en cola automáticamente los archivos nue&amp;vos de una carpeta</translation>
    </message>
    <message>
        <source>Invoices saved or scanned into the folder are read as soon as they are complete; files already there are left alone</source>
        <translation>Las facturas que se guarden o escaneen en la carpeta se leen en cuanto están completas; los archivos que ya estaban no se tocan</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Carpeta que se vigilará</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A new file is queued once its size and time have not changed for this long, so a file still being copied is not read half-written</source>
        <translation>Un archivo nuevo se pone en cola cuando su tamaño y su fecha de modificación no han cambiado durante este tiempo, para no leer a medias un archivo que aún se está copiando</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>&amp;Wait until unchanged for:</source>
        <translation>Esperar a &amp;que no cambie durante:</translation>
    </message>
    <message>
        <source>Choose the folder to watch, or turn watching off.</source>
        <translation>Elija la carpeta que se vigilará o desactive la vigilancia.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another one.</source>
        <translation>La carpeta %1 no existe; elija otra.</translation>
    </message>
    <message>
        <source>Folder to Watch</source>
        <translation>Carpeta que se vigilará</translation>
    </message>
</context>
</TS>
