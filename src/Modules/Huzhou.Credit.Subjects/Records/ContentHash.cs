using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Security;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// 16 bytes of SHA-256 over everything a delivery decides about a record (payload, item version, decision
/// date, publicity period and rule, and the personal values as a keyed digest): equal hashes mean an unchanged
/// re-delivery, which the writer skips.
/// </summary>
internal static class ContentHash
{
    public const int Length = 16;

    /// <summary>
    /// As <see cref="Compute(IncomingCreditRecord, byte[])"/>, followed — only for a row with personal values, so rows
    /// without keep the hash they always had — by <c>|</c> and the HMAC-SHA256 (blind-index key) of
    /// <see cref="IncomingCreditRecord.PersonalJson"/>. Keyed, because an unkeyed hash of an ID number could be brute-forced
    /// from its masked form.
    /// </summary>
    public static byte[] Compute(IncomingCreditRecord record, byte[] scratch, PersonalDataProtector protector)
    {
        if (record.PersonalJson is not { } personal)
        {
            return Compute(record, scratch);
        }

        Span<byte> digest = stackalloc byte[PersonalDataProtector.BlindIndexLength];
        protector.BlindIndex(personal, digest);
        return Compute(record, scratch, digest);
    }

    /// <summary>The longest prefix before the payload, apart from the rule version: an int, four dates, a class, a bool and eight separators.</summary>
    private const int FixedPrefixBytes = 11 + (4 * 8) + 11 + 5 + 8;

    /// <summary>
    /// SHA-256 over the UTF-8 of <c>{ItemVersion}|{DecisionDate:yyyyMMdd}|{Start:yyyyMMdd}|{End:yyyyMMdd}|{MinimumEnd:yyyyMMdd}|{(int?)Class}|{RuleVersion}|{Published}|</c>
    /// (invariant culture; an absent date or class is empty, <c>Published</c> is True or False) followed by the
    /// payload, truncated to <see cref="Length"/> bytes. The prefix is written byte by byte instead of formatted.
    /// </summary>
    public static byte[] Compute(IncomingCreditRecord record, byte[] scratch) => Compute(record, scratch, ReadOnlySpan<byte>.Empty);

    /// <summary>The hash with a personal-values digest after the payload: <c>|</c> and the digest as upper-case hex.</summary>
    private static byte[] Compute(IncomingCreditRecord record, byte[] scratch, ReadOnlySpan<byte> personalDigest)
    {
        var p = record.Publicity;
        var ruleVersion = p.RuleVersion ?? "";
        var length = FixedPrefixBytes + Encoding.UTF8.GetMaxByteCount(ruleVersion.Length) + Encoding.UTF8.GetMaxByteCount(record.PayloadJson.Length)
            + 1 + (2 * personalDigest.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = buffer.AsSpan();
            var at = 0;
            record.ItemVersion.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            at += written;
            span[at++] = (byte)'|';
            at += Date(record.DecisionDate, span[at..]);
            span[at++] = (byte)'|';
            at += Date(p.Start, span[at..]);
            span[at++] = (byte)'|';
            at += p.End is { } end ? Date(end, span[at..]) : 0;
            span[at++] = (byte)'|';
            at += p.MinimumEnd is { } minimumEnd ? Date(minimumEnd, span[at..]) : 0;
            span[at++] = (byte)'|';
            if (p.Class is { } penaltyClass)
            {
                ((int)penaltyClass).TryFormat(span[at..], out written, default, System.Globalization.CultureInfo.InvariantCulture);
                at += written;
            }

            span[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(ruleVersion, span[at..]);
            span[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(p.Published ? "True" : "False", span[at..]);
            span[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(record.PayloadJson, span[at..]);
            if (!personalDigest.IsEmpty)
            {
                span[at++] = (byte)'|';
                foreach (var b in personalDigest)
                {
                    span[at++] = (byte)"0123456789ABCDEF"[b >> 4];
                    span[at++] = (byte)"0123456789ABCDEF"[b & 0xF];
                }
            }

            SHA256.HashData(span[..at], scratch);
            return scratch.AsSpan(0, Length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>yyyyMMdd as ASCII; years below 1000 are zero-padded to four digits as the format string does.</summary>
    private static int Date(DateOnly date, Span<byte> destination)
    {
        var (year, month, day) = date;
        destination[0] = (byte)('0' + (year / 1000));
        destination[1] = (byte)('0' + (year / 100 % 10));
        destination[2] = (byte)('0' + (year / 10 % 10));
        destination[3] = (byte)('0' + (year % 10));
        destination[4] = (byte)('0' + (month / 10));
        destination[5] = (byte)('0' + (month % 10));
        destination[6] = (byte)('0' + (day / 10));
        destination[7] = (byte)('0' + (day % 10));
        return 8;
    }
}
