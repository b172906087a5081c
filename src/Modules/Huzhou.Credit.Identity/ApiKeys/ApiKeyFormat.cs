using System.Security.Cryptography;
using System.Text;

namespace Huzhou.Credit.Identity.ApiKeys;

/// <summary>
/// Keys look like <c>hzc_3f9a1c2b_&lt;43 url-safe characters&gt;</c>: a visible prefix that identifies the
/// client and 256 random bits. Such keys are not guessable, so one SHA-256 is the right hash (a slow
/// password hash would only make every API call slow).
/// </summary>
internal static class ApiKeyFormat
{
    public const string Marker = "hzc_";

    public static (string Key, string Prefix, byte[] Hash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"{Marker}{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool TryGetPrefix(string? key, out string prefix)
    {
        prefix = "";
        if (key is null || key.Length < Marker.Length + 10 || !key.StartsWith(Marker, StringComparison.Ordinal) || key[Marker.Length + 8] != '_')
        {
            return false;
        }

        prefix = key.Substring(Marker.Length, 8);
        return true;
    }
}
