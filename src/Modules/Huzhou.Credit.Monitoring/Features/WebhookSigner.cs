using System.Security.Cryptography;
using System.Text;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The webhook signature: <c>X-Credit-Signature: sha256=</c> + lower-case hex of HMAC-SHA256, keyed with the UTF-8
/// bytes of the subscription's secret, over the UTF-8 bytes of <c>{timestamp}.{body}</c>, where the timestamp is the
/// <c>X-Credit-Timestamp</c> header (Unix seconds) and the body is the exact bytes sent. The receiver recomputes it,
/// compares in constant time and refuses a timestamp more than five minutes away from its clock.
/// </summary>
internal static class WebhookSigner
{
    public const string Prefix = "sha256=";

    /// <summary>How far a receiver following the recipe accepts a timestamp from its own clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>What a receiver does: the signature matches (constant time) and the timestamp is within <see cref="Tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestampHeader, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var timestamp)
            || signatureHeader is null
            || Math.Abs(now.ToUnixTimeSeconds() - timestamp) > Tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
