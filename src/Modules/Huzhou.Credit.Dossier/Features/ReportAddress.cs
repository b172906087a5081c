using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>Where the verification page is, as printed in a report's QR code.</summary>
internal static class ReportAddress
{
    /// <summary>Configuration of the public address (e.g. https://credit.huzhou.gov.cn); without it, the request's own.</summary>
    public const string PublicBaseUrlSetting = "Dossier:PublicBaseUrl";

    public static string VerifyBase(HttpRequest request, IConfiguration configuration)
    {
        var configured = configuration[PublicBaseUrlSetting];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.TrimEnd('/');
        return root + "/verify";
    }
}
