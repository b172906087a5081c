namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>
/// Endpoint metadata: a machine-to-machine API endpoint on a hot path, served by the lean branch of the pipeline —
/// no request localisation, static files or request logging of successful calls (failures are still logged), the
/// security headers set without a callback. Authentication, authorisation and rate limiting
/// apply as to every endpoint. Only endpoints with a literal route (no parameters) can be lean: the host decides
/// by path before routing.
/// </summary>
public sealed class LeanApiEndpoint
{
    public static LeanApiEndpoint Instance { get; } = new();

    private LeanApiEndpoint()
    {
    }
}
