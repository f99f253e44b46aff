<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InvoiceDash</name>
    <message>
        <source>InvoiceDash reads invoices with OCR and shows live metrics.

Without a command it opens the main window (FILES are queued at start).
Commands:
  process PATH... --jsonl OUT   process files and folders without a window</source>
        <translation>InvoiceDash lit les factures par OCR et affiche des métriques en direct.

Sans commande, il ouvre la fenêtre principale (les FILES indiqués sont mis en file d&apos;attente au démarrage).
Commandes&#xa0;:
  process PATH... --jsonl OUT   traite des fichiers et des dossiers sans fenêtre</translation>
    </message>
    <message>
        <source>Invoices to open.</source>
        <translation>Factures à ouvrir.</translation>
    </message>
    <message>
        <source>Process invoice images and folders without a window and write one JSON object per file (JSON Lines), then a final line with the wall time.
Exit status: 0 when every file succeeded, 1 when any failed or was skipped, 2 on a usage error.</source>
        <translation>Traite des images de factures et des dossiers sans fenêtre et écrit un objet JSON par fichier (JSON Lines), puis une dernière ligne avec le temps réel écoulé.
Code de sortie&#xa0;: 0 si tous les fichiers ont réussi, 1 si au moins un a échoué ou a été ignoré, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Write results to FILE (&quot;-&quot; for standard output).</source>
        <translation>Écrit les résultats dans FILE («&#xa0;-&#xa0;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>Number of parallel OCR workers (default: one per core).</source>
        <translation>Nombre de tâches OCR en parallèle (par défaut&#xa0;: une par cœur).</translation>
    </message>
    <message>
        <source>Do not write the results to the local database.</source>
        <translation>N&apos;écrit pas les résultats dans la base de données locale.</translation>
    </message>
    <message>
        <source>Tesseract language(s), e.g. eng or eng+deu (default: the app&apos;s setting).</source>
        <translation>Langue(s) Tesseract, p. ex. eng ou eng+deu (par défaut&#xa0;: le réglage de l&apos;application).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Image files and folders.</source>
        <translation>Fichiers image et dossiers.</translation>
    </message>
    <message>
        <source>No files given: name at least one image file or folder.</source>
        <translation>Aucun fichier indiqué&#xa0;: indiquez au moins un fichier image ou un dossier.</translation>
    </message>
    <message>
        <source>Missing --jsonl FILE: say where the results go (&quot;-&quot; for standard output).</source>
        <translation>Option --jsonl FILE manquante&#xa0;: indiquez où écrire les résultats («&#xa0;-&#xa0;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>--workers takes a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--workers attend un nombre entier de 1 à 64, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Results will not be stored: %1</source>
        <translation>Les résultats ne seront pas enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>ignoré %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 file(s) processed in %2 s: %3 ok, %4 failed, %5 skipped.</source>
        <translation>%1 fichier(s) traité(s) en %2 s&#xa0;: %3 réussi(s), %4 en échec, %5 ignoré(s).</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::BatchProgress</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>il reste environ %n s</numerusform>
            <numerusform>il reste environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>il reste environ %n min</numerusform>
            <numerusform>il reste environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>il reste environ %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ClipboardPaste</name>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n pasted file(s).</source>
        <translation>
            <numerusform>%n fichier collé mis en file d&apos;attente.</numerusform>
            <numerusform>%n fichiers collés mis en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image on the clipboard could not be read.</source>
        <translation>L&apos;image du presse-papiers n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved to %1.</source>
        <translation>L&apos;image collée n&apos;a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Queued the pasted image as %1.</source>
        <translation>Image collée mise en file d&apos;attente sous le nom %1.</translation>
    </message>
    <message>
        <source>Nothing to queue: the clipboard holds no image and no files. Copy an invoice image or files, then paste again.</source>
        <translation>Rien à mettre en file d&apos;attente&#xa0;: le presse-papiers ne contient ni image ni fichier. Copiez une image de facture ou des fichiers, puis collez à nouveau.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DashboardOverlay</name>
    <message>
        <source>Click-through</source>
        <translation>Transparence aux clics</translation>
    </message>
    <message>
        <source>Clicks pass through the dashboard; turn it off from the tray menu or the main window&apos;s View menu (Ctrl+Shift+T)</source>
        <translation>Les clics traversent le tableau de bord&#xa0;; désactivez cette option depuis le menu de la zone de notification ou le menu Affichage de la fenêtre principale (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>InvoiceDash dashboard</source>
        <translation>Tableau de bord InvoiceDash</translation>
    </message>
    <message>
        <source>Drag to move. Right-click for options.</source>
        <translation>Faites glisser pour déplacer. Clic droit pour les options.</translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Vue compacte</translation>
    </message>
    <message>
        <source>Hide dashboard</source>
        <translation>Masquer le tableau de bord</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>This desktop&apos;s metrics</source>
        <translation>Les métriques de ce poste</translation>
    </message>
    <message>
        <source>The whole team&apos;s metrics, from the team server</source>
        <translation>Les métriques de toute l&apos;équipe, depuis le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Double-click for the compact view</source>
        <translation>Double-cliquez pour passer en vue compacte</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>En attente de données…</translation>
    </message>
    <message>
        <source>Drop invoices to see metrics</source>
        <translation>Déposez des factures pour voir les métriques</translation>
    </message>
    <message>
        <source>Waiting for the team server…</source>
        <translation>En attente du serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Team metrics appear with its first update</source>
        <translation>Les métriques de l&apos;équipe apparaîtront dès la première mise à jour du serveur</translation>
    </message>
    <message>
        <source>Showing the team&apos;s metrics</source>
        <translation>Affichage des métriques de l&apos;équipe</translation>
    </message>
    <message>
        <source>Expanded view</source>
        <translation>Vue étendue</translation>
    </message>
    <message>
        <source>Double-click for the expanded view</source>
        <translation>Double-cliquez pour passer en vue étendue</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 depuis le début</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Expanded View</source>
        <translation>Vue étendue</translation>
    </message>
    <message>
        <source>Compact View</source>
        <translation>Vue compacte</translation>
    </message>
    <message>
        <source>Move to Top-Right Corner</source>
        <translation>Déplacer dans le coin supérieur droit</translation>
    </message>
    <message>
        <source>Local Metrics</source>
        <translation>Métriques de ce poste</translation>
    </message>
    <message>
        <source>Team Metrics</source>
        <translation>Métriques de l&apos;équipe</translation>
    </message>
    <message>
        <source>Click-Through</source>
        <translation>Transparence aux clics</translation>
    </message>
    <message>
        <source>Let clicks pass to the windows underneath; turn it off from the tray menu or View &gt; Dashboard Click-Through</source>
        <translation>Laisser les clics atteindre les fenêtres situées dessous&#xa0;; désactivez cette option depuis le menu de la zone de notification ou Affichage &gt; Transparence aux clics du tableau de bord</translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation>Masquer le tableau de bord</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Database</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store results: the Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Impossible d&apos;enregistrer les résultats&#xa0;: le pilote SQLite de Qt est absent&#xa0;; installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer InvoiceDash (schema %2; this version reads up to %3). Update InvoiceDash or point INVOICEDASH_DATA_DIR at another folder.</source>
        <translation>La base de données %1 a été écrite par une version plus récente d&apos;InvoiceDash (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez InvoiceDash à jour ou faites pointer INVOICEDASH_DATA_DIR vers un autre dossier.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::DropZone</name>
    <message>
        <source>Open Files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Drop zone for invoice images</source>
        <translation>Zone de dépôt des images de factures</translation>
    </message>
    <message>
        <source>No invoices at hand? &lt;a href=&quot;#samples&quot;&gt;Try with sample invoices&lt;/a&gt;</source>
        <translation>Pas de facture sous la main&#xa0;? &lt;a href=&quot;#samples&quot;&gt;Essayez avec des factures d&apos;exemple&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Drop more invoice images or folders here</source>
        <translation>Déposez ici d&apos;autres images de factures ou dossiers</translation>
    </message>
    <message>
        <source>Drop invoice images or folders here</source>
        <translation>Déposez ici des images de factures ou des dossiers</translation>
    </message>
    <message>
        <source>%1 images. Folders are searched recursively.</source>
        <translation>Images %1. Les dossiers sont parcourus de manière récursive.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FileCollector</name>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>Le fichier n&apos;existe pas (il a peut-être été déplacé ou supprimé).</translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Not an image InvoiceDash can read (supported: %1).</source>
        <translation>Ce n&apos;est pas une image lisible par InvoiceDash (formats pris en charge&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Not queued: one drop can hold at most %1 files.</source>
        <translation>Non mis en file d&apos;attente&#xa0;: un même dépôt peut contenir au plus %1 fichiers.</translation>
    </message>
    <message>
        <source>The folder holds no files that can be read.</source>
        <translation>Le dossier ne contient aucun fichier lisible.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::FilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Search vendor, invoice number or file…</source>
        <translation>Rechercher un fournisseur, un numéro de facture ou un fichier…</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>Afficher uniquement les lignes ayant ce statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation>En attente ou en cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Earliest invoice date</source>
        <translation>Date de facture au plus tôt</translation>
    </message>
    <message>
        <source>Latest invoice date</source>
        <translation>Date de facture au plus tard</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::GuiApplication</name>
    <message>
        <source>Results will not be saved: %1</source>
        <translation>Les résultats ne seront pas enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist; choose another one in Preferences.</source>
        <translation>Le dossier surveillé %1 n&apos;existe pas&#xa0;; choisissez-en un autre dans les Préférences.</translation>
    </message>
    <message>
        <source>Nothing to export: the results database could not be opened.</source>
        <translation>Rien à exporter&#xa0;: la base de données des résultats n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n facture exportée vers %1</numerusform>
            <numerusform>%n factures exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample invoices could not be copied to the data folder; check that it is writable.</source>
        <translation>Les factures d&apos;exemple n&apos;ont pas pu être copiées dans le dossier de données&#xa0;; vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryCharts</name>
    <message>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation>Latence moyenne (ms)</translation>
    </message>
    <message>
        <source>Mean accuracy</source>
        <translation>Précision moyenne</translation>
    </message>
    <message>
        <source>Mean accuracy (%)</source>
        <translation>Précision moyenne (%)</translation>
    </message>
    <message>
        <source>Invoices per 6 hours</source>
        <translation>Factures par tranche de 6 heures</translation>
    </message>
    <message>
        <source>Invoices per hour</source>
        <translation>Factures par heure</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryQuery</name>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l’historique : %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::HistoryTab</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>The time range the charts show</source>
        <translation>La période affichée par les graphiques</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <source>No results database is open.</source>
        <translation>Aucune base de données de résultats n’est ouverte.</translation>
    </message>
    <message>
        <source>The history needs the results database, which could not be opened. Results are still shown in the Results tab.</source>
        <translation>L’historique a besoin de la base de données des résultats, qui n’a pas pu être ouverte. Les résultats restent affichés dans l’onglet Résultats.</translation>
    </message>
    <message>
        <source>No invoices in the last 7 days.
Invoices you process appear here in six-hour steps.</source>
        <translation>Aucune facture ces 7 derniers jours.
Les factures traitées apparaissent ici par tranches de six heures.</translation>
    </message>
    <message>
        <source>No invoices in the last 24 hours.
Invoices you process appear here hour by hour.</source>
        <translation>Aucune facture ces dernières 24 heures.
Les factures traitées apparaissent ici heure par heure.</translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n lue</numerusform>
            <numerusform>%n lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>mean latency %1 ms</source>
        <translation>latence moyenne %1 ms</translation>
    </message>
    <message>
        <source>mean accuracy %1 %</source>
        <translation>précision moyenne %1 %</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ImageLoader</name>
    <message>
        <source>The image is too large (%1 × %2 pixels; the limit is %3 megapixels).</source>
        <translation>L&apos;image est trop grande (%1 × %2 pixels&#xa0;; la limite est de %3 mégapixels).</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>Le fichier n&apos;existe pas (il a peut-être été déplacé ou supprimé).</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>Le fichier est trop volumineux (%1 Mo&#xa0;; la limite est de %2 Mo).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is named .pdf but its contents are not a PDF document.</source>
        <translation>Le fichier porte l&apos;extension .pdf, mais son contenu n&apos;est pas un document PDF.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not an image InvoiceDash can read (supported: %1).</source>
        <translation>Le contenu du fichier n&apos;est pas une image lisible par InvoiceDash (formats pris en charge&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation>Le fichier comporte %1 pages&#xa0;; au plus %2 pages sont lues par fichier. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Page %1 of the file could not be found; the file may be damaged.</source>
        <translation>La page %1 du fichier est introuvable&#xa0;; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file may be damaged.</source>
        <translation>L&apos;image n&apos;a pas pu être décodée (%1)&#xa0;; le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InterfacePreferences</name>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, messages and the overlay</source>
        <translation>La langue des menus, des messages et du tableau de bord flottant</translation>
    </message>
    <message>
        <source>Start on the &amp;X11 backend (keeps the overlay on top on Wayland)</source>
        <translation>Démarrer avec le moteur &amp;X11 (garde le tableau de bord au premier plan sous Wayland)</translation>
    </message>
    <message>
        <source>Wayland desktops decide themselves which window stays on top; through X11 (XWayland) the overlay can. Same as starting InvoiceDash with QT_QPA_PLATFORM=xcb</source>
        <translation>Les bureaux Wayland décident eux-mêmes quelle fenêtre reste au premier plan ; via X11 (XWayland), le tableau de bord flottant le peut. Équivaut à lancer InvoiceDash avec QT_QPA_PLATFORM=xcb</translation>
    </message>
    <message>
        <source>InvoiceDash uses these settings the next time it starts.</source>
        <translation>InvoiceDash appliquera ces réglages au prochain démarrage.</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>Lan&amp;gue de l’interface :</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceProcessor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Already processed on %1 (%2, %3); not read again.</source>
        <translation>Déjà traité le %1 (%2, %3)&#xa0;; non relu.</translation>
    </message>
    <message>
        <source>The image could not be prepared for OCR.</source>
        <translation>L&apos;image n&apos;a pas pu être préparée pour l&apos;OCR.</translation>
    </message>
    <message>
        <source>No text was found on the page; is it an invoice scan, and is it legible?</source>
        <translation>Aucun texte n&apos;a été trouvé sur la page&#xa0;; s&apos;agit-il bien d&apos;une facture numérisée, et est-elle lisible&#xa0;?</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::InvoiceReviewDialog</name>
    <message>
        <source>e.g. 1234.56</source>
        <translation>p. ex. 1234.56</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation>Code ISO, p. ex. EUR</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvé</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Révision de %1</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page&#xa0;:</translation>
    </message>
    <message>
        <source>Boxes show where each value was read. Click one to edit it.</source>
        <translation>Les cadres indiquent où chaque valeur a été lue. Cliquez sur l&apos;un d&apos;eux pour la modifier.</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Store the corrected values (Ctrl+S)</source>
        <translation>Enregistrer les valeurs corrigées (Ctrl+S)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation>Corrigé&#xa0;; rien n&apos;avait été lu</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Corrigé, valeur lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found on the page</source>
        <translation>Non trouvé sur la page</translation>
    </message>
    <message>
        <source>✓ Verified: the amounts reconcile.</source>
        <translation>✓ Vérifié&#xa0;: les montants concordent.</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 contrôles réussis sur %2.</translation>
    </message>
    <message>
        <source>⚠ Possible duplicate of %1 (%2).</source>
        <translation>⚠ Doublon possible de %1 (%2).</translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation>Chargement de la page %1…</translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation>La page ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields first.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez d&apos;abord les champs signalés.</translation>
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
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Choose invoice images to process</source>
        <translation>Choisir des images de factures à traiter</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un do&amp;ssier…</translation>
    </message>
    <message>
        <source>Process every invoice image in a folder and its subfolders</source>
        <translation>Traiter toutes les images de factures d&apos;un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Try with &amp;Sample Invoices</source>
        <translation>Essayer avec des &amp;exemples de factures</translation>
    </message>
    <message>
        <source>Process a few bundled sample invoices</source>
        <translation>Traiter quelques factures d&apos;exemple fournies avec l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Save every processed invoice with its fields and line items as CSV or JSON</source>
        <translation>Enregistrer chaque facture traitée avec ses champs et ses lignes de facture au format CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Feuille de calcul CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Q&amp;uitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Change worker threads, preprocessing, the OCR language and the team server</source>
        <translation>Modifier le nombre de threads de traitement, le prétraitement, la langue de l&apos;OCR et le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Show &amp;Dashboard Overlay</source>
        <translation>Afficher le &amp;tableau de bord flottant</translation>
    </message>
    <message>
        <source>Show the always-on-top metrics dashboard</source>
        <translation>Afficher le tableau de bord des métriques, toujours au premier plan</translation>
    </message>
    <message>
        <source>Dashboard &amp;Click-Through</source>
        <translation>Tra&amp;nsparence aux clics du tableau de bord</translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard overlay to the windows underneath</source>
        <translation>Laisser les clics traverser le tableau de bord flottant jusqu&apos;aux fenêtres situées dessous</translation>
    </message>
    <message>
        <source>&amp;Review Invoice…</source>
        <translation>Ré&amp;viser la facture…</translation>
    </message>
    <message>
        <source>See where each field was read on the page and correct what was misread</source>
        <translation>Voir où chaque champ a été lu sur la page et corriger ce qui a été mal lu</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>Ouvrir &amp;le fichier</translation>
    </message>
    <message>
        <source>Open the invoice file in the default viewer</source>
        <translation>Ouvrir le fichier de la facture dans la visionneuse par défaut</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <source>Queue an image or files from the clipboard</source>
        <translation>Mettre en file d&apos;attente une image ou des fichiers depuis le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDash</source>
        <translation>À propos d&apos;&amp;InvoiceDash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les lignes terminées</translation>
    </message>
    <message>
        <source>Remove finished, failed and skipped rows from the list</source>
        <translation>Retirer de la liste les lignes terminées, en échec et ignorées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop all queued and running invoices</source>
        <translation>Arrêter toutes les factures en attente et en cours</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to review and correct it</source>
        <translation>Double-cliquez sur une ligne ou appuyez sur Entrée pour la réviser et la corriger</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation>Terminé&#xa0;: %1 réussie(s), %2 en échec</translation>
    </message>
    <message>
        <source>Invoices (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</source>
        <translation>Factures (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Invoice Images</source>
        <translation>Ouvrir des images de factures</translation>
    </message>
    <message>
        <source>Open Folder of Invoices</source>
        <translation>Ouvrir un dossier de factures</translation>
    </message>
    <message>
        <source>Settings apply to files queued from now on</source>
        <translation>Les réglages s&apos;appliquent aux fichiers mis en file d&apos;attente à partir de maintenant</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Réglages enregistrés</translation>
    </message>
    <message>
        <source>A result could not be saved to the database (%1). It is shown in the list but will be missing from the history.</source>
        <translation>Un résultat n&apos;a pas pu être enregistré dans la base de données (%1). Il apparaît dans la liste mais sera absent de l&apos;historique.</translation>
    </message>
    <message>
        <source>%1 results could not be saved to the database. Latest error: %2</source>
        <translation>%1 résultats n&apos;ont pas pu être enregistrés dans la base de données. Dernière erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Only saved results can be reviewed</source>
        <translation>Seuls les résultats enregistrés peuvent être révisés</translation>
    </message>
    <message>
        <source>Corrections saved</source>
        <translation>Corrections enregistrées</translation>
    </message>
    <message>
        <source>About InvoiceDash</source>
        <translation>À propos d&apos;InvoiceDash</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Drop invoice images to read their number, date and total with OCR, and watch live metrics on an always-on-top dashboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceDash %1&lt;/h3&gt;&lt;p&gt;Déposez des images de factures pour en lire le numéro, la date et le total par OCR, et suivez des métriques en direct sur un tableau de bord toujours au premier plan.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message>
        <source>New invoices saved to %1 are queued automatically</source>
        <translation>Les nouvelles factures enregistrées dans %1 sont mises automatiquement en file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>%n in queue</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation>Collecte des fichiers…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 field corrected</source>
        <translation>1 champ corrigé</translation>
    </message>
    <message>
        <source>%1 fields corrected</source>
        <translation>%1 champs corrigés</translation>
    </message>
    <message>
        <source>in 1 invoice</source>
        <translation>dans 1 facture</translation>
    </message>
    <message>
        <source>in %1 invoices</source>
        <translation>dans %1 factures</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Invoices per hour, latency and accuracy over the last day or week</source>
        <translation>Factures par heure, latence et précision sur le dernier jour ou la dernière semaine</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsPublisher</name>
    <message>
        <source>The team server address must start with ws:// or wss://.</source>
        <translation>L&apos;adresse du serveur d&apos;équipe doit commencer par ws:// ou wss://.</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>erreur TLS inconnue</translation>
    </message>
    <message>
        <source>Secure connection to the team server failed: %1</source>
        <translation>La connexion sécurisée au serveur d&apos;équipe a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server speaks protocol %1; this InvoiceDash speaks %2. Update the older side.</source>
        <translation>Le serveur d&apos;équipe utilise le protocole %1&#xa0;; cette version d&apos;InvoiceDash utilise le protocole %2. Mettez à jour le côté le plus ancien.</translation>
    </message>
    <message>
        <source>This token cannot publish; ask the team server&apos;s admin for a publisher token.</source>
        <translation>Ce jeton ne permet pas de publier&#xa0;; demandez un jeton de publication à l&apos;administrateur du serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team server stopped answering.</source>
        <translation>Le serveur d&apos;équipe ne répond plus.</translation>
    </message>
    <message>
        <source>The server did not greet this client; is the address an InvoiceDash team server?</source>
        <translation>Le serveur n&apos;a pas envoyé de message d&apos;accueil à ce client&#xa0;; cette adresse est-elle bien celle d&apos;un serveur d&apos;équipe InvoiceDash&#xa0;?</translation>
    </message>
    <message>
        <source>Token refused by the team server; check the team token in Preferences.</source>
        <translation>Jeton refusé par le serveur d&apos;équipe&#xa0;; vérifiez le jeton d&apos;équipe dans les Préférences.</translation>
    </message>
    <message>
        <source>The team server closed the connection: %1</source>
        <translation>Le serveur d&apos;équipe a fermé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Impossible de joindre le serveur d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost.</source>
        <translation>La connexion au serveur d&apos;équipe a été perdue.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::MetricsServer</name>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Impossible de lire le certificat TLS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLS certificate %1 holds no PEM certificate.</source>
        <translation>Le certificat TLS %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Impossible de lire la clé TLS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is not an unencrypted PEM private key.</source>
        <translation>La clé TLS %1 n&apos;est pas une clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS nécessite à la fois un fichier de certificat et un fichier de clé.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OcrEngine</name>
    <message>
        <source>Cannot start OCR: no &apos;%1&apos; language data in %2; install the Debian package %3 or set TESSDATA_PREFIX to a folder that holds %1.traineddata.</source>
        <translation>Impossible de démarrer l&apos;OCR&#xa0;: aucune donnée de langue «&#xa0;%1&#xa0;» dans %2&#xa0;; installez le paquet Debian %3 ou définissez TESSDATA_PREFIX sur un dossier contenant %1.traineddata.</translation>
    </message>
    <message>
        <source>Cannot start OCR: the language setting &apos;%1&apos; names no language; use a Tesseract language code such as &apos;eng&apos; or &apos;eng+deu&apos;.</source>
        <translation>Impossible de démarrer l&apos;OCR&#xa0;: le réglage de langue «&#xa0;%1&#xa0;» ne désigne aucune langue&#xa0;; utilisez un code de langue Tesseract tel que «&#xa0;eng&#xa0;» ou «&#xa0;eng+deu&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot start OCR: Tesseract could not load the &apos;%1&apos; language data from %2; reinstall %3 or set TESSDATA_PREFIX to a folder with working traineddata files.</source>
        <translation>Impossible de démarrer l&apos;OCR&#xa0;: Tesseract n&apos;a pas pu charger les données de langue «&#xa0;%1&#xa0;» depuis %2&#xa0;; réinstallez %3 ou définissez TESSDATA_PREFIX sur un dossier contenant des fichiers traineddata valides.</translation>
    </message>
    <message>
        <source>Cannot recognise an empty image.</source>
        <translation>Impossible de reconnaître une image vide.</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract n&apos;a pas pu reconnaître la page.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Outbox</name>
    <message>
        <source>The metric of %1 cannot be published: %2</source>
        <translation>La métrique de %1 ne peut pas être publiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot queue the metric of %1: %2</source>
        <translation>Impossible de mettre en file d&apos;attente la métrique de %1&#xa0;: %2</translation>
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
        <translation>Débit</translation>
    </message>
    <message>
        <source>/s</source>
        <comment>per second</comment>
        <translation>/s</translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation>Latence moy.</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Avg accuracy</source>
        <translation>Précision moy.</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Invoices finished in the metrics window</source>
        <translation>Factures terminées sur la période de mesure</translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window</source>
        <translation>Factures par seconde sur la période de mesure</translation>
    </message>
    <message>
        <source>Mean time from start to stored result</source>
        <translation>Durée moyenne entre le début du traitement et l&apos;enregistrement du résultat</translation>
    </message>
    <message>
        <source>Mean OCR confidence</source>
        <translation>Confiance OCR moyenne</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>en %1&#xa0;s</translation>
    </message>
    <message>
        <source>Mean time from start to stored result; p95 %1 ms</source>
        <translation>Durée moyenne entre le début du traitement et l&apos;enregistrement du résultat&#xa0;; p95 %1&#xa0;ms</translation>
    </message>
    <message>
        <source>Invoices the whole team finished in the metrics window</source>
        <translation>Factures terminées par toute l&apos;équipe sur la période de mesure</translation>
    </message>
    <message>
        <source>Invoices per second over the metrics window, whole team</source>
        <translation>Factures par seconde sur la période de mesure, toute l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 inv · %2/s · %3 ms · %4 %</source>
        <comment>compact overlay: invoices, per second, latency, accuracy</comment>
        <translation>%1 fact. · %2/s · %3&#xa0;ms · %4&#xa0;%</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::OverlayHistory</name>
    <message>
        <source>Throughput · 10 min</source>
        <translation>Débit · 10 min</translation>
    </message>
    <message>
        <source>Latency · 10 min</source>
        <translation>Latence · 10 min</translation>
    </message>
    <message>
        <source>Invoices per second in each 10-second step of the last 10 minutes; the number is the current throughput</source>
        <translation>Factures par seconde pour chaque pas de 10 secondes des 10 dernières minutes ; le nombre est le débit actuel</translation>
    </message>
    <message>
        <source>Mean latency in each 10-second step of the last 10 minutes, the faint line its p95; the number is the p95 over 10 minutes</source>
        <translation>Latence moyenne pour chaque pas de 10 secondes des 10 dernières minutes, la ligne pâle son p95 ; le nombre est le p95 sur 10 minutes</translation>
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Tableau de bord flottant</translation>
    </message>
    <message>
        <source>How opaque the floating dashboard is</source>
        <translation>Degré d&apos;opacité du tableau de bord flottant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>opacity percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;Opacité&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <source>Avg latency:</source>
        <translation>Latence moy.&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;amber above</source>
        <translation>orange a&amp;u-delà de</translation>
    </message>
    <message>
        <source>red above</source>
        <translation>rouge au-delà de</translation>
    </message>
    <message>
        <source>Avg accuracy:</source>
        <translation>Précision moy.&#xa0;:</translation>
    </message>
    <message>
        <source>amber &amp;below</source>
        <translation>orange &amp;sous</translation>
    </message>
    <message>
        <source>red below</source>
        <translation>rouge sous</translation>
    </message>
    <message>
        <source>Failed invoices:</source>
        <translation>Factures en échec&#xa0;:</translation>
    </message>
    <message>
        <source>amber a&amp;t</source>
        <translation>orange à part&amp;ir de</translation>
    </message>
    <message>
        <source>red at</source>
        <translation>rouge à partir de</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Sans délai</translation>
    </message>
    <message>
        <source>A threshold must be crossed this long before a card changes colour, and be clear this long before the colour goes away</source>
        <translation>Un seuil doit être franchi pendant cette durée avant qu&apos;une carte change de couleur, et ne plus l&apos;être pendant cette durée avant que la couleur disparaisse</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>Maint&amp;enir pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Measured over the metrics window. Off disables a threshold.</source>
        <translation>Calculé sur la période de mesure. «&#xa0;Désactivé&#xa0;» supprime le seuil.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PdfDocument</name>
    <message>
        <source>The PDF file could not be opened; it may be damaged or incomplete.</source>
        <translation>Le fichier PDF n&apos;a pas pu être ouvert&#xa0;; il est peut-être endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password; save an unprotected copy and add that instead.</source>
        <translation>Le fichier PDF est protégé par un mot de passe&#xa0;; enregistrez-en une copie non protégée et ajoutez-la à la place.</translation>
    </message>
    <message>
        <source>The PDF file has no pages; it may be damaged.</source>
        <translation>Le fichier PDF ne contient aucune page&#xa0;; il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The PDF file has %1 pages; at most %2 pages are read from one file. Split it into smaller files.</source>
        <translation>Le fichier PDF comporte %1 pages&#xa0;; au plus %2 pages sont lues par fichier. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be read; the file may be damaged.</source>
        <translation>La page %1 du fichier PDF n&apos;a pas pu être lue&#xa0;; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file is too large to read (%2 × %3 pixels at %4 dpi; the limit is %5 megapixels).</source>
        <translation>La page %1 du fichier PDF est trop grande pour être lue (%2 × %3 pixels à %4 dpi&#xa0;; la limite est de %5 mégapixels).</translation>
    </message>
    <message>
        <source>Page %1 of the PDF file could not be rendered; the file may be damaged.</source>
        <translation>La page %1 du fichier PDF n&apos;a pas pu être rendue&#xa0;; le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Pipeline</name>
    <message>
        <source>Processing stopped with an internal error: %1</source>
        <translation>Le traitement s&apos;est arrêté sur une erreur interne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Reset the processing, preprocessing, OCR and overlay settings to their defaults; the team server settings are kept. Nothing is saved until you click OK</source>
        <translation>Rétablir les valeurs par défaut des réglages de traitement, de prétraitement, d&apos;OCR et du tableau de bord flottant&#xa0;; les réglages du serveur d&apos;équipe sont conservés. Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur OK</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>How many invoices are read at the same time</source>
        <translation>Nombre de factures lues simultanément</translation>
    </message>
    <message>
        <source>This computer has 1 core.</source>
        <translation>Cet ordinateur dispose d&apos;un cœur.</translation>
    </message>
    <message>
        <source>This computer has %1 cores.</source>
        <translation>Cet ordinateur dispose de %1 cœurs.</translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation>&amp;Threads de traitement&#xa0;:</translation>
    </message>
    <message>
        <source>More threads finish a batch sooner but use more memory.</source>
        <translation>Davantage de threads terminent un lot plus vite, mais utilisent plus de mémoire.</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Prétraitement</translation>
    </message>
    <message>
        <source>Small or low-resolution scans are enlarged so that small print stays readable.</source>
        <translation>Les numérisations de petite taille ou de basse résolution sont agrandies pour que les petits caractères restent lisibles.</translation>
    </message>
    <message>
        <source>Straighten (&amp;deskew)</source>
        <translation>&amp;Redresser (correction de l&apos;inclinaison)</translation>
    </message>
    <message>
        <source>Pages photographed or scanned at a slight angle are rotated upright.</source>
        <translation>Les pages photographiées ou numérisées légèrement de travers sont remises droites.</translation>
    </message>
    <message>
        <source>Remove &amp;noise</source>
        <translation>Supprimer le &amp;bruit</translation>
    </message>
    <message>
        <source>Specks and dust from scanners and fax copies are cleaned away.</source>
        <translation>Les taches et poussières dues aux scanners et aux télécopies sont effacées.</translation>
    </message>
    <message>
        <source>Convert to &amp;black and white (binarize)</source>
        <translation>Convertir en &amp;noir et blanc (binarisation)</translation>
    </message>
    <message>
        <source>Coloured backgrounds and shading are turned into plain black text on white.</source>
        <translation>Les fonds colorés et les ombrages sont convertis en texte noir sur fond blanc.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation>&#xa0;dpi</translation>
    </message>
    <message>
        <source>The resolution small pages are enlarged to; also assumed for images that do not state their own</source>
        <translation>Résolution à laquelle les petites pages sont agrandies&#xa0;; également utilisée pour les images qui n&apos;indiquent pas la leur</translation>
    </message>
    <message>
        <source>&amp;Target resolution:</source>
        <translation>Résolution &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Upscale small pages to ~%1 dpi</source>
        <translation>A&amp;grandir les petites pages à ~%1&#xa0;dpi</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Langue de l&apos;OCR</translation>
    </message>
    <message>
        <source>The Tesseract language of your invoices; join several with +, e.g. eng+deu</source>
        <translation>La langue Tesseract de vos factures&#xa0;; combinez-en plusieurs avec +, p. ex. eng+deu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Join several with +, e.g. eng+deu; each one slows reading.</source>
        <translation>Combinez-en plusieurs avec +, p. ex. eng+deu&#xa0;; chacune ralentit la lecture.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Share metrics with a team server</source>
        <translation>&amp;Partager les métriques avec un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Sends how long each invoice took, its accuracy and whether it failed; never the invoice itself.</source>
        <translation>Envoie la durée de traitement de chaque facture, sa précision et son éventuel échec, mais jamais la facture elle-même.</translation>
    </message>
    <message>
        <source>The WebSocket address of the team server, ws:// or wss://</source>
        <translation>L&apos;adresse WebSocket du serveur d&apos;équipe, ws:// ou wss://</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Ask your team lead for the address and a token.</source>
        <translation>Demandez l&apos;adresse et un jeton à votre responsable d&apos;équipe.</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Saved as plain text in %1 on this computer.</source>
        <translation>Enregistré en clair dans %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>How your numbers are labelled on the team server</source>
        <translation>Nom sous lequel vos chiffres apparaissent sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Nom a&amp;ffiché&#xa0;:</translation>
    </message>
    <message>
        <source>Language data is read from %1</source>
        <translation>Les données de langue sont lues depuis %1</translation>
    </message>
    <message>
        <source>No language data found in %1; install tesseract-ocr-eng (or the package of your language) or set TESSDATA_PREFIX to a folder with .traineddata files.</source>
        <translation>Aucune donnée de langue trouvée dans %1&#xa0;; installez tesseract-ocr-eng (ou le paquet de votre langue) ou définissez TESSDATA_PREFIX sur un dossier contenant des fichiers .traineddata.</translation>
    </message>
    <message>
        <source>Enter an OCR language such as eng, or several joined with +, e.g. eng+deu.</source>
        <translation>Saisissez une langue d&apos;OCR telle que eng, ou plusieurs langues combinées avec +, p. ex. eng+deu.</translation>
    </message>
    <message>
        <source>“osd” only detects how a page is rotated and cannot read text; choose a reading language such as eng.</source>
        <translation>«&#xa0;osd&#xa0;» détecte seulement l&apos;orientation d&apos;une page et ne sait pas lire le texte&#xa0;; choisissez une langue de lecture telle que eng.</translation>
    </message>
    <message>
        <source>No language data for %1 in %2. Install %3 or choose an installed language.</source>
        <translation>Aucune donnée de langue pour %1 dans %2. Installez %3 ou choisissez une langue installée.</translation>
    </message>
    <message>
        <source>Enter the address of the team server, e.g. ws://server:8765, or turn sharing off.</source>
        <translation>Saisissez l&apos;adresse du serveur d&apos;équipe, p. ex. ws://server:8765, ou désactivez le partage.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; it starts with ws:// or wss://, e.g. ws://server:8765.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;; une telle adresse commence par ws:// ou wss://, p. ex. ws://server:8765.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address; check it for typing errors.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide&#xa0;; vérifiez qu&apos;elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Use ws:// or wss:// instead of %1:// for a team server.</source>
        <translation>Utilisez ws:// ou wss:// au lieu de %1:// pour un serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>%1:// is not supported; the address of a team server starts with ws:// or wss://.</source>
        <translation>%1:// n&apos;est pas pris en charge&#xa0;; l&apos;adresse d&apos;un serveur d&apos;équipe commence par ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The address has no server name; enter one such as ws://server:8765.</source>
        <translation>L&apos;adresse ne contient pas de nom de serveur&#xa0;; saisissez-en une telle que ws://server:8765.</translation>
    </message>
    <message>
        <source>Run only the steps each page &amp;requires</source>
        <translation>N’exécuter que les étapes &amp;requises par chaque page</translation>
    </message>
    <message>
        <source>Each page is measured first (resolution, skew, contrast, lighting, noise); turned off, every step above runs on every page.</source>
        <translation>Chaque page est d’abord mesurée (résolution, inclinaison, contraste, éclairage, bruit) ; désactivé, toutes les étapes ci-dessus s’appliquent à chaque page.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultStore</name>
    <message>
        <source>Could not save the result of %1 to %2: %3</source>
        <translation>Impossible d&apos;enregistrer le résultat de %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 1234.56.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;; saisissez-le sous la forme 1234.56.</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3; write the date as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» peut correspondre au %2 ou au %3&#xa0;; saisissez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; saisissez-la au format AAAA-MM-JJ, p. ex. 2024-03-05.</translation>
    </message>
    <message>
        <source>“%1” is not a currency; use a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise&#xa0;; utilisez un code ISO 4217 à trois lettres tel que EUR ou USD.</translation>
    </message>
    <message>
        <source>That is too long: at most %1 characters.</source>
        <translation>Valeur trop longue&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Could not save the correction to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la correction dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no stored invoice %1.</source>
        <translation>aucune facture enregistrée ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ResultsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done (not saved)</source>
        <translation>Terminé (non enregistré)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifié</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 réussis</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Possible duplicate of %1</source>
        <translation>Doublon possible de %1</translation>
    </message>
    <message>
        <source>Corrected; nothing was read</source>
        <translation>Corrigé&#xa0;; rien n&apos;avait été lu</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Corrigé, valeur lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (%2): same vendor, invoice number and total.</source>
        <translation>Doublon possible de %1 (%2)&#xa0;: même fournisseur, même numéro de facture et même total TTC.</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>Le résultat n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subtotal %1, tax %2</source>
        <translation>Total HT %1, TVA %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Preprocessing…</source>
        <translation>Prétraitement…</translation>
    </message>
    <message>
        <source>Reading text…</source>
        <translation>Lecture du texte…</translation>
    </message>
    <message>
        <source>Extracting fields…</source>
        <translation>Extraction des champs…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Processing failed.</source>
        <translation>Échec du traitement.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::ServerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server database %1 was written by a newer server (schema %2; this version reads up to %3). Update the server or use --db.</source>
        <translation>La base de données du serveur %1 a été écrite par une version plus récente du serveur (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez le serveur à jour ou utilisez --db.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::StayOnTopNotice</name>
    <message>
        <source>Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top, or bring it back with the tray icon.</source>
        <translation>Lancez InvoiceDash sous X11 (QT_QPA_PLATFORM=xcb) pour le garder au premier plan, ou faites-le réapparaître depuis l’icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top.</source>
        <translation>Lancez InvoiceDash sous X11 (QT_QPA_PLATFORM=xcb) pour le garder au premier plan.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) decides itself which window stays on top, so the dashboard overlay may go behind other windows. %1</source>
        <translation>Ce bureau (Wayland) décide lui-même quelle fenêtre reste au premier plan ; le tableau de bord flottant peut donc passer derrière d’autres fenêtres. %1</translation>
    </message>
    <message>
        <source>Use &amp;X11 from the next start</source>
        <translation>Utiliser &amp;X11 au prochain démarrage</translation>
    </message>
    <message>
        <source>InvoiceDash starts on X11 the next time. Preferences → Interface changes it back.</source>
        <translation>InvoiceDash démarrera sous X11 la prochaine fois. Vous pouvez revenir en arrière dans Préférences → Interface.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TeamStatusBar</name>
    <message>
        <source>1 desktop connected</source>
        <translation>1 poste connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n desktops connected</source>
        <comment>publishing desktops</comment>
        <translation>
            <numerusform>%n poste connecté</numerusform>
            <numerusform>%n postes connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 publishing, %2 viewing; %3 invoices today (server time)</source>
        <translation>%1 en publication, %2 en consultation&#xa0;; factures aujourd&apos;hui&#xa0;: %3 (heure du serveur)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — nouvelle tentative dans %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 — retrying…</source>
        <translation>%1 — nouvelle tentative…</translation>
    </message>
    <message>
        <source>Error — not connected</source>
        <translation>Erreur — non connecté</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>Erreur — %1</translation>
    </message>
    <message>
        <source>Team server not set up — Edit → Preferences</source>
        <translation>Serveur d&apos;équipe non configuré — Édition → Préférences</translation>
    </message>
    <message numerus="yes">
        <source>%n metrics waiting to be sent</source>
        <translation>
            <numerusform>%n métrique en attente d&apos;envoi</numerusform>
            <numerusform>%n métriques en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>stale — no update for %1</source>
        <translation>obsolète — aucune mise à jour depuis %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>mis à jour à l&apos;instant</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>mis à jour il y a %1</translation>
    </message>
    <message>
        <source>The team server has sent nothing for %1; the numbers may be out of date.</source>
        <translation>Le serveur d&apos;équipe n&apos;a rien envoyé depuis %1&#xa0;; les chiffres ne sont peut-être plus à jour.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TokenStore</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected &quot;role token name&quot; (role publisher or viewer).</source>
        <translation>«&#xa0;rôle jeton nom&#xa0;» attendu (rôle publisher ou viewer).</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use publisher or viewer.</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez publisher ou viewer.</translation>
    </message>
    <message>
        <source>the token must be %1-%2 printable ASCII characters without ; or #.</source>
        <translation>le jeton doit comporter de %1 à %2 caractères ASCII imprimables, sans&#xa0;; ni #.</translation>
    </message>
    <message>
        <source>this token is already listed; every token must be unique.</source>
        <translation>ce jeton figure déjà dans la liste&#xa0;; chaque jeton doit être unique.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::TrayIcon</name>
    <message>
        <source>Show Dashboard</source>
        <translation>Afficher le tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard Click-Through</source>
        <translation>Transparence aux clics du tableau de bord</translation>
    </message>
    <message>
        <source>Let clicks pass through the dashboard to the windows underneath</source>
        <translation>Laisser les clics traverser le tableau de bord jusqu&apos;aux fenêtres situées dessous</translation>
    </message>
    <message>
        <source>Show Main Window</source>
        <translation>Afficher la fenêtre principale</translation>
    </message>
    <message>
        <source>Quit InvoiceDash</source>
        <translation>Quitter InvoiceDash</translation>
    </message>
    <message>
        <source>InvoiceDash</source>
        <translation>InvoiceDash</translation>
    </message>
    <message>
        <source>Hide Dashboard</source>
        <translation>Masquer le tableau de bord</translation>
    </message>
    <message>
        <source>Hide Main Window</source>
        <translation>Masquer la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::Validator</name>
    <message>
        <source>No total was found.</source>
        <translation>Aucun total TTC n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The total &quot;%1&quot; is not an amount.</source>
        <translation>Le total TTC «&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>The total is %1.</source>
        <translation>Le total TTC est de %1.</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>numéro de facture</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>date de facture</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total TTC</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>Invoice number, invoice date, total and currency were found.</source>
        <translation>Numéro de facture, date de facture, total TTC et devise trouvés.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Needs a subtotal and a total.</source>
        <translation>Nécessite un total HT et un total TTC.</translation>
    </message>
    <message>
        <source>The tax &quot;%1&quot; is not an amount.</source>
        <translation>La TVA «&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>Subtotal + tax = total (%1).</source>
        <translation>Total HT + TVA = total TTC (%1).</translation>
    </message>
    <message>
        <source>Subtotal + tax = %1, but the total is %2.</source>
        <translation>Total HT + TVA = %1, mais le total TTC est de %2.</translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation>Aucune ligne de facture.</translation>
    </message>
    <message>
        <source>Line %1 has no amount.</source>
        <translation>La ligne %1 n&apos;a pas de montant.</translation>
    </message>
    <message>
        <source>Needs a subtotal or a total.</source>
        <translation>Nécessite un total HT ou un total TTC.</translation>
    </message>
    <message>
        <source>The line amounts add up to the subtotal (%1).</source>
        <translation>La somme des montants des lignes correspond au total HT (%1).</translation>
    </message>
    <message>
        <source>The line amounts add up to the total (%1).</source>
        <translation>La somme des montants des lignes correspond au total TTC (%1).</translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the subtotal %2.</source>
        <translation>La somme des montants des lignes est de %1, et non du total HT de %2.</translation>
    </message>
    <message>
        <source>The line amounts add up to %1, not the total %2.</source>
        <translation>La somme des montants des lignes est de %1, et non du total TTC de %2.</translation>
    </message>
    <message>
        <source>Line %1 has a malformed number.</source>
        <translation>La ligne %1 contient un nombre mal formé.</translation>
    </message>
    <message>
        <source>Line %1: %2 x %3 = %4, not %5.</source>
        <translation>Ligne %1&#xa0;: %2 x %3 = %4, et non %5.</translation>
    </message>
    <message>
        <source>No line items with quantity and unit price.</source>
        <translation>Aucune ligne de facture avec quantité et prix unitaire.</translation>
    </message>
    <message numerus="yes">
        <source>Quantity x unit price = amount on %n line(s).</source>
        <translation>
            <numerusform>Quantité x prix unitaire = montant sur %n ligne.</numerusform>
            <numerusform>Quantité x prix unitaire = montant sur %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice date.</source>
        <translation>Aucune date de facture.</translation>
    </message>
    <message>
        <source>The invoice date &quot;%1&quot; is not a date.</source>
        <translation>La date de facture «&#xa0;%1&#xa0;» n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The invoice date %1 is implausible.</source>
        <translation>La date de facture %1 n&apos;est pas plausible.</translation>
    </message>
    <message>
        <source>The invoice date is plausible; no due date.</source>
        <translation>La date de facture est plausible&#xa0;; pas de date d&apos;échéance.</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date.</source>
        <translation>La date d&apos;échéance «&#xa0;%1&#xa0;» n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The due date %1 is before the invoice date.</source>
        <translation>La date d&apos;échéance %1 est antérieure à la date de facture.</translation>
    </message>
    <message>
        <source>The due date %1 is more than a year after the invoice date.</source>
        <translation>La date d&apos;échéance %1 est plus d&apos;un an après la date de facture.</translation>
    </message>
    <message>
        <source>The invoice and due dates are plausible.</source>
        <translation>Les dates de facture et d&apos;échéance sont plausibles.</translation>
    </message>
</context>
<context>
    <name>InvoiceDash::WatchPreferences</name>
    <message>
        <source>Watched folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message>
        <source>&amp;Queue new files from a folder automatically</source>
        <translation>&amp;Mettre automatiquement en file d&apos;attente les nouveaux fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <source>Invoices saved or scanned into the folder are read as soon as they are complete; files already there are left alone</source>
        <translation>Les factures enregistrées ou numérisées dans le dossier sont lues dès qu&apos;elles sont complètes&#xa0;; les fichiers déjà présents ne sont pas traités</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Dossier à surveiller</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>A new file is queued once its size and time have not changed for this long, so a file still being copied is not read half-written</source>
        <translation>Un nouveau fichier est mis en file d&apos;attente lorsque sa taille et son horodatage n&apos;ont pas changé pendant cette durée&#xa0;; ainsi, un fichier en cours de copie n&apos;est pas lu à moitié écrit</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wait until unchanged for:</source>
        <translation>Attendre &amp;que le fichier soit stable pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the folder to watch, or turn watching off.</source>
        <translation>Choisissez le dossier à surveiller, ou désactivez la surveillance.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another one.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Folder to Watch</source>
        <translation>Dossier à surveiller</translation>
    </message>
</context>
</TS>
