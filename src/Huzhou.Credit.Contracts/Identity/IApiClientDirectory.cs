namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// The API clients of business systems (Identity module, <c>/admin/api-clients</c>) as other modules need to know them.
/// A check, a batch item or a feedback records its caller by the client's name (the API key's
/// <see cref="System.Security.Claims.ClaimTypes.Name"/> claim), so clients are named here by that name.
/// </summary>
public interface IApiClientDirectory
{
    /// <summary>
    /// The names of the clients the administrator has marked as test clients (测试客户端: keys for 联调, integration
    /// testing), revoked ones included since their checks stay in the log. Statistics that count checks or cases per
    /// business system leave these callers out unless the reader asks to include them, and mark them when shown.
    /// Compared ordinally. Read afresh on every call, so marking or unmarking a client applies at once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The callers that are test clients; empty when there are none.</returns>
    Task<IReadOnlySet<string>> TestCallersAsync(CancellationToken cancellationToken = default);
}
