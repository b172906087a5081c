using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>
/// How the check log keeps a check's hits (<c>sanction_checks.hits_packed</c>): the hits' JSON compressed with Brotli,
/// which halves the log's rows (the facts repeat the same record kinds, departments and decision-number prefixes).
/// The log is the platform's fastest-growing table and is written on the check API's hot path, where every byte is
/// written twice (WAL and table) and every check waits for its batch's WAL flush (docs/benchmarks.md, check API,
/// seventh pass).
/// <para>
/// Format: a first byte <c>[</c> means the rest of the array is the JSON itself as UTF-8 (checks with no hit, and any
/// JSON that compression would not shrink); a first byte <see cref="BrotliTag"/> is followed by the JSON's length in
/// bytes (4 bytes, little-endian) and the Brotli stream. Any other first byte is refused.
/// </para>
/// </summary>
internal static class CheckHitsPacking
{
    /// <summary>The first byte of a Brotli-packed value (never the first byte of JSON text).</summary>
    public const byte BrotliTag = 0x01;

    // Quality 2 with the smallest window: measured on 20,000 logged hits of the bench city (618 bytes of JSON on
    // average), 271 bytes packed in 6.4 µs; quality 1 gave 294 bytes in 9.8 µs, quality 4 229 bytes in 19.7 µs.
    private const int Quality = 2;
    private const int Window = 10;
    private const int Header = 5;

    /// <summary>A check with no hit, packed (shared: never change it).</summary>
    public static readonly byte[] NoHits = "[]"u8.ToArray();

    /// <summary>The longest hits' JSON the log keeps (far beyond any check's: a check has at most a few dozen hits).</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>The hits' JSON (UTF-8) packed for the log.</summary>
    /// <exception cref="ArgumentException">It is not a JSON array, or longer than <see cref="MaxLength"/>.</exception>
    public static byte[] Pack(ReadOnlySpan<byte> utf8)
    {
        // Only what Unpack can read back is written: a JSON array (its first byte tells it from a packed value).
        if (utf8.IsEmpty || utf8[0] != (byte)'[' || utf8.Length > MaxLength)
        {
            throw new ArgumentException("A check's hits are a JSON array of at most 16 MiB.", nameof(utf8));
        }

        if (utf8.Length <= 16)
        {
            return utf8.ToArray(); // too short to gain anything
        }

        var rented = ArrayPool<byte>.Shared.Rent(Header + BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            var packed = rented.AsSpan();
            if (BrotliEncoder.TryCompress(utf8, packed[Header..], out var written, Quality, Window) && written + Header < utf8.Length)
            {
                packed[0] = BrotliTag;
                BinaryPrimitives.WriteInt32LittleEndian(packed[1..Header], utf8.Length);
                return packed[..(written + Header)].ToArray();
            }

            return utf8.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The hits' JSON from a packed value.</summary>
    /// <exception cref="FormatException">The value is in no format this class writes.</exception>
    public static string Unpack(byte[] packed)
    {
        if (packed.Length == 0)
        {
            throw new FormatException("The packed hits are empty.");
        }

        if (packed[0] == (byte)'[')
        {
            return Encoding.UTF8.GetString(packed);
        }

        if (packed[0] != BrotliTag)
        {
            throw new FormatException($"The packed hits start with an unknown byte 0x{packed[0]:x2}.");
        }

        if (packed.Length < Header)
        {
            throw new FormatException("The packed hits are shorter than their header.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1, 4));
        if (length is < 0 or > MaxLength)
        {
            throw new FormatException($"The packed hits claim an impossible length ({length} bytes).");
        }

        var json = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            if (!BrotliDecoder.TryDecompress(packed.AsSpan(Header), json.AsSpan(0, length), out var written) || written != length)
            {
                throw new FormatException("The packed hits could not be decompressed to their recorded length.");
            }

            return Encoding.UTF8.GetString(json, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(json);
        }
    }
}
