package io.busbar.billing.internal;

import io.busbar.accounts.Account;
import io.busbar.billing.Invoice;
import io.busbar.billing.InvoiceLine;
import io.busbar.billing.VatAmount;
import io.busbar.tariffs.Money;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Renders an invoice as an A4 PDF with PDFBox: seller, buyer, number and dates, one line per session (date,
 * charger, energy, amount), credit notes as negative lines, the VAT summary and the total. Dates are UTC.
 */
@Component
class InvoicePdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float LEADING = 14;

    private final BillingProperties properties;

    InvoicePdf(BillingProperties properties) {
        this.properties = properties;
    }

    byte[] render(Invoice invoice, Account buyer) {
        try (PDDocument document = new PDDocument()) {
            Writer out = new Writer(document);
            out.line(Style.TITLE, "Invoice " + invoice.number());
            out.gap();
            out.line(Style.BOLD, properties.sellerName());
            properties.sellerAddress().lines().forEach(line -> out.line(Style.PLAIN, line));
            out.gap();
            out.line(Style.BOLD, "Bill to: " + buyer.name());
            if (buyer.billingAddress() != null) {
                buyer.billingAddress().lines().forEach(line -> out.line(Style.PLAIN, line));
            }
            out.gap();
            out.line(Style.PLAIN, "Invoice number: " + invoice.number());
            out.line(Style.PLAIN, "Issued: " + DATE.format(invoice.issuedAt()));
            out.line(Style.PLAIN, "Period: " + DATE_TIME.format(invoice.from()) + " to " + DATE_TIME.format(invoice.to())
                    + " (end excluded)");
            out.gap();
            out.columns(Style.BOLD, "Date", "Document", "Charger", "Energy", "Amount incl. VAT");
            for (InvoiceLine line : invoice.lines()) {
                out.columns(Style.PLAIN, DATE.format(line.date()), line.number(), line.charger().value(),
                        line.kind() == InvoiceLine.Kind.CDR ? line.energy().kilowattHours().toPlainString() + " kWh" : "",
                        amount(line.inclVat()));
                if (line.kind() == InvoiceLine.Kind.CREDIT_NOTE) {
                    out.line(Style.SMALL, "    " + line.text());
                }
            }
            out.gap();
            out.line(Style.BOLD, "VAT summary");
            out.columns(Style.BOLD, "Rate", "Excl. VAT", "VAT", "Incl. VAT", "");
            for (VatAmount rate : invoice.vatSummary()) {
                out.columns(Style.PLAIN, rate.vatPercent().toPlainString() + " %", amount(rate.exclVat()), amount(rate.vat()),
                        amount(rate.inclVat()), "");
            }
            out.gap();
            out.line(Style.PLAIN, "Total excl. VAT: " + amount(invoice.totalExclVat()));
            out.line(Style.PLAIN, "VAT: " + amount(invoice.totalVat()));
            out.line(Style.TITLE, "Total: " + amount(invoice.totalInclVat()));
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render invoice " + invoice.number(), e);
        }
    }

    private static String amount(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    private enum Style {
        TITLE(Standard14Fonts.FontName.HELVETICA_BOLD, 14), BOLD(Standard14Fonts.FontName.HELVETICA_BOLD, 10),
        PLAIN(Standard14Fonts.FontName.HELVETICA, 10), SMALL(Standard14Fonts.FontName.HELVETICA_OBLIQUE, 8);

        final PDType1Font font;
        final float size;

        Style(Standard14Fonts.FontName font, float size) {
            this.font = new PDType1Font(font);
            this.size = size;
        }
    }

    /** Writes lines top-down and starts a new page when one is full. */
    private static final class Writer {
        private static final float[] COLUMNS = {0, 80, 200, 320, 400};
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(Style style, String text) {
            text(style, MARGIN, text);
            y -= LEADING;
        }

        void columns(Style style, String... cells) {
            for (int i = 0; i < cells.length; i++) {
                text(style, MARGIN + COLUMNS[i], cells[i]);
            }
            y -= LEADING;
        }

        void gap() {
            y -= LEADING / 2;
        }

        void close() throws IOException {
            stream.close();
        }

        private void text(Style style, float x, String text) {
            try {
                if (y < MARGIN) {
                    stream.close();
                    newPage();
                }
                stream.beginText();
                stream.setFont(style.font, style.size);
                stream.newLineAtOffset(x, y);
                stream.showText(printable(style.font, text));
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        /** The standard fonts encode WinAnsi only: anything else (a name in another script) prints as '?'. */
        private static String printable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                String character = Character.toString(codePoint);
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
