namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>A QR image (PNG data URI) of a code.</summary>
internal static class QrImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(6));
    }
}
