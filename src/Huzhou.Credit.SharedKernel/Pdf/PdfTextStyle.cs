using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Huzhou.Credit.SharedKernel.Pdf;

/// <summary>A size and weight of text: the CJK font draws what it has, the Latin font the rest.</summary>
/// <param name="Cjk">The CJK face.</param>
/// <param name="Latin">The Latin face for the characters the CJK font lacks.</param>
public sealed record PdfTextStyle(XFont Cjk, XFont Latin)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    /// <summary>The size in points.</summary>
    public double Size => Cjk.Size;

    /// <summary>A style of the platform's fonts (<see cref="CjkFontResolver"/>).</summary>
    public static PdfTextStyle Of(double size, bool bold = false)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        return new PdfTextStyle(new XFont(CjkFontResolver.FamilyName, size, style, Unicode), new XFont(CjkFontResolver.LatinFamilyName, size, style, Unicode));
    }
}
