using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// A record's id within its subject, derived from its idempotency key: the first 63 bits of SHA-256 over the item
/// code, U+001F and the source key (UTF-8). The primary key <c>(subject_id, id)</c> is therefore also the
/// uniqueness of (subject, item, source key), with one index instead of two, and a delivery knows every row's id
/// before it touches the database. Two different keys of one subject colliding has a probability of about
/// n²/2⁶⁴ (n = that subject's records); the writer still compares item and source key and refuses a collision
/// instead of merging. <see cref="Sql"/> is the same function in SQL (used by the migration that introduced it).
/// </summary>
internal static class RecordKey
{
    /// <summary>The id in SQL, over the columns <c>item_code</c> and <c>source_key</c>.</summary>
    public const string Sql =
        "((('x' || encode(substr(sha256(convert_to(item_code || chr(31) || source_key, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint) & 9223372036854775807)";

    public static long Compute(string itemCode, string sourceKey)
    {
        ArgumentNullException.ThrowIfNull(itemCode);
        ArgumentNullException.ThrowIfNull(sourceKey);
        var max = Encoding.UTF8.GetMaxByteCount(itemCode.Length + sourceKey.Length + 1);
        byte[]? rented = null;
        var buffer = max <= 1024 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(itemCode, buffer);
            buffer[length++] = 0x1F;
            length += Encoding.UTF8.GetBytes(sourceKey, buffer[length..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..length], hash);
            return BinaryPrimitives.ReadInt64BigEndian(hash) & long.MaxValue;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
