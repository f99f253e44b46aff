#include "extractrows.h"

void addOcrNoiseExtractRows()
{
    // OCR spacing noise around amount separators; table rows keep their separate numbers.
    addExtractRow("stray spaces around separators",
                  QStringLiteral("Catering Ltd\nInvoice #: 93191\nDate: 12/08/2024\n"
                                 "Hard hat 3 \u00A319.18 \u00A357.54\n"
                                 "Paint, white 10 L 2 \u00A3224 .44 \u00A3448 . 88\n"
                                 "Subtotal \u00A310, 745.22\nTax (20%) \u00A32,149.04\n"
                                 "Total Due \u00A312 ,894.26"),
                  {"93191", "2024-08-12", "", "GBP", "10745.22", "2149.04", "12894.26"});
    addExtractRow("stray spaces, comma decimals",
                  QStringLiteral("Lakeside Traders B.V.\nInvoice #: 2022/141\nDue: 2022-10-04\n"
                                 "Data backup service 2 EUR 514, 69 EUR 1.029, 38\n"
                                 "Sub-total EUR 1.084, 86\nTax (21%) EUR 227,82\n"
                                 "Total Due EUR 1.312, 68"),
                  {"2022/141", "", "2022-10-04", "EUR", "1084.86", "227.82", "1312.68"});
    addExtractRow("stray spaces on both sides",
                  QStringLiteral("Keystone\nInvoice #: 007474\nSubtotal \u20AC6,970.26\n"
                                 "Tax (21%) \u20AC1,463.75\nAmount Due \u20AC8 , 434.01\n"
                                 "Balance Due 28 .863,39 \u20AC"),
                  {"007474", "", "", "EUR", "6970.26", "1463.75", "8434.01"});
    addExtractRow("quantity and prices stay apart",
                  QStringLiteral("Plain Shop\nInvoice No: 42\nWidget 2 \u00A310.00 \u00A320.00\n"
                                 "Subtotal 3, 10.00\nTax (20%) 2.00\nTotal 12. 19,70"),
                  {"42", "", "", "GBP", "10.00", "2.00", "19.70"});

    // Invoice numbers split by OCR at their hyphens; a spaced-off date or word is not glued.
    addExtractRow("number split at hyphens, value below label",
                  QStringLiteral("Silverline Logistics GmbH\nInvoice No.:\nINV - 2024-1863\n"
                                 "Invoice Date: 04.09.2024\nTotal \u20AC2,576.24"),
                  {"INV-2024-1863", "2024-09-04", "", "EUR", "", "", "2576.24"});
    addExtractRow("number split after hyphen, header row",
                  QStringLiteral("Pinnacle Hardware LLC\nInvoice #: F2024- 48203\n"
                                 "Invoice No Issue Date\nINV- 2024-3539 2024-11-03"),
                  {"F2024-48203", "2024-11-03", "", "", "", "", ""});
    addExtractRow("spaced hyphen before a date or word",
                  QStringLiteral("Plain Shop\nInvoice No: 12345 - 05.03.2024\n"
                                 "Invoice #: 4711 - Page 1 of 2"),
                  {"12345", "2024-03-05", "", "", "", "", ""});

    // Totals blocks with labels and amounts on separate lines: subtotal + tax = total.
    addExtractRow("stacked labels, stacked amounts below",
                  QStringLiteral("Northwind Media\nInvoice No: INV-2024-9693\nSubtotal\n"
                                 "Tax (20%)\nTOTAL\n"
                                 "Please include the invoice number with your payment.\n"
                                 "\u00A310.768.79\n\u00A32,153.76\n\u00A312,922.55"),
                  {"INV-2024-9693", "", "", "GBP", "10768.79", "2153.76", "12922.55"});
    addExtractRow("labelled subtotal, tax and total below",
                  QStringLiteral("Sub-total EUR 21.163,21\n+49 72 9760 1882\nTOTAL\nVAT (19%)\n"
                                 "EUR 4.021,01\nEUR 25.184,22"),
                  {"", "", "", "EUR", "21163.21", "4021.01", "25184.22"});
    addExtractRow("total two lines below its label",
                  QStringLiteral("Net amount GBP 933.43\nVAT (20%) GBP 186.69\nTOTAL\n"
                                 "Please include the invoice number with your payment.\n"
                                 "GBP 1,120.12"),
                  {"", "", "", "GBP", "933.43", "186.69", "1120.12"});
    addExtractRow("labelled totals that add up win",
                  QStringLiteral("Subtotal $30.00\nTax $3.00\nTotal $33.00\n$20.00\n$2.00\n$22.00"),
                  {"", "", "", "USD", "30.00", "3.00", "33.00"});
    addExtractRow("amounts in item order are not a totals block",
                  QStringLiteral("Subtotal\nTax\nTotal\n$5.00\n$10.00\n$15.00\n$7.00"),
                  {"", "", "", "USD", "", "", "5.00"});
}
