using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>
/// The public search shared by the portal and the hall terminal: one character is explained, nothing found is said
/// with the query, and a full page hints that there are more. The wording differs by audience (terminal hints name
/// what to touch).
/// </summary>
internal sealed class PortalSearch(IPublicRegistry registry)
{
    public async Task<PortalSearchResult> SearchAsync(string? q, int limit, bool terminal, CancellationToken cancellationToken)
    {
        var query = (q ?? "").Trim();
        if (query.Length == 0)
        {
            return new PortalSearchResult(query, [], null, false);
        }

        if (query.Length == 1)
        {
            return new PortalSearchResult(query, [], terminal
                ? "请至少输入两个字，例如企业名称中的“南浔”“建材”。"
                : "请输入至少两个字的名称片段，或完整的统一社会信用代码。", false);
        }

        var results = await registry.SearchAsync(query, limit, cancellationToken);
        var shown = query.Length > 40 ? query[..40] : query;
        var message = results.Count > 0 ? null : terminal
            ? $"没有找到与“{shown}”相符的企业或组织，请换几个字再试。"
            : $"没有找到与“{shown}”相符的市场主体。";
        return new PortalSearchResult(query, results, message, results.Count == limit);
    }

    /// <summary>Suggestions as the visitor types: name and code of up to eight organisations.</summary>
    public async Task<IReadOnlyList<object>> SuggestAsync(string? q, CancellationToken cancellationToken) =>
        (await registry.SearchAsync(q ?? "", 8, cancellationToken)).Select(r => (object)new { name = r.Name, code = r.Uscc }).ToList();
}
