using System.Text;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Decides a CSV file's encoding from its first bytes: a BOM decides; otherwise strictly valid UTF-8
/// means UTF-8, anything else is taken as GB18030 (what Excel on a Chinese Windows writes; a superset of GBK).
/// </summary>
internal static class CsvEncodingSniffer
{
    public const int SniffLength = 64 * 1024;

    private const int Gb18030CodePage = 54936;

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        // The code-pages provider is in the shared framework; registering it twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage);
    });

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);

    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    /// <summary>The result: the encoding, its display name and how many BOM bytes to skip.</summary>
    public readonly record struct Sniffed(Encoding Encoding, string Name, int BomLength);

    public static Encoding Gb18030Encoding => Gb18030.Value;

    /// <param name="head">The first bytes of the file (up to <see cref="SniffLength"/>).</param>
    /// <param name="wholeFile">True when <paramref name="head"/> is the whole file.</param>
    public static Sniffed Sniff(ReadOnlySpan<byte> head, bool wholeFile)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Sniffed(Utf8NoBom, "UTF-8", 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Sniffed(Utf16LittleEndian, "UTF-16", 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Sniffed(Utf16BigEndian, "UTF-16", 2);
        }

        var complete = wholeFile ? head : head[..CompleteUtf8Length(head)];
        return System.Text.Unicode.Utf8.IsValid(complete)
            ? new Sniffed(Utf8NoBom, "UTF-8", 0)
            : new Sniffed(Gb18030.Value, "GB18030", 0);
    }

    /// <summary>The length without a multi-byte UTF-8 sequence cut off by the end of the sniff buffer.</summary>
    private static int CompleteUtf8Length(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: keep looking for the lead byte
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }
}
