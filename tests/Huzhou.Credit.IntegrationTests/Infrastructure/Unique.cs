using System.Globalization;
using System.Security.Cryptography;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// Markers that make a test's own data findable among the seeded demo city and other tests' rows
/// (see the remarks on <see cref="CreditAppFactory"/>).
/// </summary>
internal static class Unique
{
    // Birth-date sequence numbers: a random start, then counted up, so no two people of one run share a number.
    private static int _sequence = RandomNumberGenerator.GetInt32(0, 500);

    /// <summary>Random CJK unified ideographs: a bigram of them practically never occurs in the demo city's names.</summary>
    public static string ChineseFragment(int length = 4) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => (char)RandomNumberGenerator.GetInt32(0x4E00, 0x9FA6)));

    public static string Digits(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => RandomNumberGenerator.GetInt32(0, 10).ToString(CultureInfo.InvariantCulture)));

    /// <summary>A valid enterprise credit code (both check characters right) with a random organisation code.</summary>
    public static string Uscc(string division = "330502") =>
        UnifiedSocialCreditCode.Compose("91", division, Digits(8)).Value;

    /// <summary><paramref name="validCode"/> with a wrong final check character (the organisation-code check stays right).</summary>
    public static string WithWrongCheckCharacter(string validCode)
    {
        var alphabet = UnifiedSocialCreditCode.Alphabet;
        var wrong = alphabet[(alphabet.IndexOf(validCode[17], StringComparison.Ordinal) + 1) % alphabet.Length];
        return string.Concat(validCode.AsSpan(0, 17), wrong.ToString());
    }

    /// <summary>
    /// A valid resident ID number of someone born 1985-03-14 in <paramref name="district"/>. Numbers that also read as
    /// a clean credit code (about one in thirty: the check characters of both schemes happen to agree) are skipped, so a
    /// test of the person-only rules never meets the ambiguous case by chance (the search then looks for the organisation).
    /// </summary>
    public static string ResidentId(string district)
    {
        while (true)
        {
            var number = ResidentIdNumber.Compose(district, new DateOnly(1985, 3, 14), Interlocked.Increment(ref _sequence) % 1000).Value;
            if (UnifiedSocialCreditCode.TryParse(number) is not { Succeeded: true, HasWarnings: false })
            {
                return number;
            }
        }
    }
}
