using System.Buffers.Binary;
using System.Collections;
using System.Text;
using PdfSharp.Fonts;

namespace Huzhou.Credit.SharedKernel.Pdf;

/// <summary>
/// Serves the platform's PDF fonts (credit reports, repair decision letters) to PDFsharp, whose Core build finds no fonts by itself on Linux and embeds only
/// TrueType outlines. Chinese comes from Droid Sans Fallback (Debian fonts-droid-fallback, GB 2312 and most of
/// GB 18030): Noto CJK as Debian ships it (fonts-noto-cjk) is a CFF font collection (.ttc), which PDFsharp 6.2
/// refuses. Droid Sans Fallback has no Latin letters, digits or general punctuation (— “ ” …), so those come from
/// DejaVu Sans (fonts-dejavu-core); <see cref="UsesLatinFont"/> tells the renderer which font draws a character.
/// Every other family name resolves to the CJK face; bold is simulated where no bold face exists.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    /// <summary>The configuration key of the CJK font override path.</summary>
    public const string FontPathSetting = "Dossier:ReportFontPath";

    /// <summary>Where Debian's fonts-droid-fallback installs the CJK font.</summary>
    public const string DefaultFontPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    /// <summary>Where Debian's fonts-dejavu-core installs the font for Latin letters, digits and symbols.</summary>
    public const string DefaultLatinFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>The family for Chinese text (and any family name not known here).</summary>
    public const string FamilyName = "Huzhou Credit CJK";

    /// <summary>The family for the characters the CJK font lacks.</summary>
    public const string LatinFamilyName = "Huzhou Credit Latin";

    private const string DefaultLatinBoldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    private const string CjkFace = "HuzhouCreditCjk";
    private const string LatinFace = "HuzhouCreditLatin";
    private const string LatinBoldFace = "HuzhouCreditLatinBold";
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeTag = 0x74727565; // 'true'

    private static readonly Lock RegistrationLock = new();
    private static CjkFontResolver? _registered;

    private readonly byte[] _cjk;
    private readonly byte[] _latin;
    private readonly byte[]? _latinBold;
    private readonly BitArray _cjkCoverage;
    private readonly BitArray _latinCoverage;

    /// <param name="fontPath">A TrueType (.ttf) font with CJK glyphs; null or empty for <see cref="DefaultFontPath"/>.</param>
    /// <param name="latinFontPath">A TrueType font for Latin text; null or empty for <see cref="DefaultLatinFontPath"/>.</param>
    /// <exception cref="InvalidOperationException">A file does not exist or is not a TrueType-outline font.</exception>
    public CjkFontResolver(string? fontPath = null, string? latinFontPath = null)
    {
        FontPath = FullPath(fontPath, DefaultFontPath);
        LatinFontPath = FullPath(latinFontPath, DefaultLatinFontPath);
        _cjk = Load(FontPath, overridden: !string.IsNullOrWhiteSpace(fontPath), FontPathSetting, "fonts-droid-fallback");
        _latin = Load(LatinFontPath, overridden: !string.IsNullOrWhiteSpace(latinFontPath), setting: null, "fonts-dejavu-core");
        if (LatinFontPath == DefaultLatinFontPath && File.Exists(DefaultLatinBoldFontPath))
            _latinBold = Load(DefaultLatinBoldFontPath, overridden: false, setting: null, "fonts-dejavu-core");
        _cjkCoverage = Coverage(_cjk, FontPath);
        _latinCoverage = Coverage(_latin, LatinFontPath);
    }

    /// <summary>The full path of the CJK font.</summary>
    public string FontPath { get; }

    /// <summary>The full path of the Latin font.</summary>
    public string LatinFontPath { get; }

    /// <summary>
    /// Installs the resolver for the process once; later calls with the same path return it. PDFsharp keeps one
    /// global resolver that must not change after a font was used, so a second, different path is an error.
    /// </summary>
    /// <param name="fontPath">The CJK font override (configuration <see cref="FontPathSetting"/>), or null for the default.</param>
    public static CjkFontResolver EnsureRegistered(string? fontPath)
    {
        var wanted = FullPath(fontPath, DefaultFontPath);
        lock (RegistrationLock)
        {
            if (_registered is null)
            {
                if (GlobalFontSettings.FontResolver is { } other)
                {
                    throw new InvalidOperationException(
                        $"PDFsharp already has a font resolver ({other.GetType().FullName}); the credit report needs {nameof(CjkFontResolver)} to be the only one.");
                }

                var resolver = new CjkFontResolver(fontPath);
                GlobalFontSettings.FontResolver = resolver;
                _registered = resolver;
            }
            else if (!string.Equals(_registered.FontPath, wanted, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The credit report font is already {_registered.FontPath}; PDFsharp cannot switch to {wanted} in a running process.");
            }

            return _registered;
        }
    }

    /// <summary>True when the CJK font lacks the character and the Latin font has it.</summary>
    public bool UsesLatinFont(Rune rune) => !_cjkCoverage[rune.Value] && _latinCoverage[rune.Value];

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, LatinFamilyName, StringComparison.Ordinal))
            return new FontResolverInfo(CjkFace, bold, italic);
        return bold && _latinBold is not null ? new FontResolverInfo(LatinBoldFace, false, italic) : new FontResolverInfo(LatinFace, bold, italic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        CjkFace => _cjk,
        LatinFace => _latin,
        LatinBoldFace => _latinBold,
        _ => null,
    };

    private static string FullPath(string? path, string fallback) => Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? fallback : path);

    private static byte[] Load(string path, bool overridden, string? setting, string package)
    {
        if (!File.Exists(path))
        {
            var how = setting is null ? "" : $", or set {setting} to another TrueType (.ttf) font";
            throw new InvalidOperationException(overridden
                ? $"The credit report font {path}{(setting is null ? "" : $" (setting {setting})")} does not exist. Point it at a TrueType (.ttf) font, " +
                  $"or leave it unset to use the font of the Debian package {package}."
                : $"The credit report needs the font {path}: install the Debian package {package} (apt-get install {package}){how}.");
        }

        var bytes = File.ReadAllBytes(path);
        var version = bytes.Length >= 12 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : 0;
        if (version is not (TrueTypeVersion or AppleTrueTypeTag))
        {
            // PDFsharp would fail later with a less helpful message (collections) or embed a broken font (CFF).
            throw new InvalidOperationException(
                $"The credit report font {path} has no TrueType outlines: PDFsharp embeds neither font collections (.ttc) " +
                $"nor CFF OpenType fonts (.otf). Use a .ttf font such as the one of the Debian package {package}.");
        }
        return bytes;
    }

    /// <summary>The characters a font maps to a glyph, read from its cmap table (formats 4 and 12).</summary>
    private static BitArray Coverage(byte[] font, string path)
    {
        var covered = new BitArray(0x110000);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var cmap = -1;
        for (var i = 0; i < tables; i++)
        {
            var entry = 12 + 16 * i;
            if (font.AsSpan(entry, 4).SequenceEqual("cmap"u8))
                cmap = (int)U32(font, entry + 8);
        }

        // Prefer the full-repertoire subtable (format 12), then the BMP one (format 4).
        var best = -1;
        var bestFormat = 0;
        for (var i = 0; cmap >= 0 && i < U16(font, cmap + 2); i++)
        {
            var record = cmap + 4 + 8 * i;
            var platform = U16(font, record);
            var offset = cmap + (int)U32(font, record + 4);
            var format = U16(font, offset);
            if (platform is 0 or 3 && format is 4 or 12 && format > bestFormat)
            {
                best = offset;
                bestFormat = format;
            }
        }
        if (best < 0)
            throw new InvalidOperationException($"The credit report font {path} has no Unicode character map.");

        if (bestFormat == 12)
        {
            var groups = U32(font, best + 12);
            for (var g = 0; g < groups; g++)
            {
                var group = best + 16 + 12 * g;
                var first = U32(font, group);
                var last = Math.Min(U32(font, group + 4), 0x10FFFF);
                var glyph = U32(font, group + 8);
                for (var c = first; c <= last; c++)
                    covered[(int)c] = glyph + (c - first) != 0;
            }
            return covered;
        }

        var segments = U16(font, best + 6) / 2;
        var ends = best + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int start = U16(font, starts + 2 * s), end = U16(font, ends + 2 * s), delta = U16(font, deltas + 2 * s);
            var rangeOffsetAt = rangeOffsets + 2 * s;
            int rangeOffset = U16(font, rangeOffsetAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + 2 * (c - start);
                    glyph = at + 1 < font.Length ? U16(font, at) : 0;
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }
                covered[c] = glyph != 0;
            }
        }
        return covered;
    }

    private static ushort U16(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset));

    private static uint U32(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
}
