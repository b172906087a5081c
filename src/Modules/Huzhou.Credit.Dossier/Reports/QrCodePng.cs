using QRCoder;

namespace Huzhou.Credit.Dossier.Reports;

/// <summary>The report's verification QR code as a PNG, for the PDF and for the terminal's print view alike.</summary>
internal static class QrCodePng
{
    private static readonly byte[] Black = [0, 0, 0, 255];
    private static readonly byte[] White = [255, 255, 255, 255];

    /// <summary>
    /// PngByteQRCode writes the PNG itself (no System.Drawing). With explicit colours it writes a 1-bit palette image,
    /// which PDFsharp's PNG importer reads (its default 1-bit greyscale is refused: "Unsupported image format"); 8
    /// pixels a module keep rows whole bytes, as that importer expects.
    /// </summary>
    public static byte[] Render(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(8, Black, White, drawQuietZones: true);
    }

    /// <summary>The PNG as a <c>data:</c> URI (allowed by the CSP's <c>img-src 'self' data:</c>).</summary>
    public static string DataUri(string url) => "data:image/png;base64," + Convert.ToBase64String(Render(url));
}
