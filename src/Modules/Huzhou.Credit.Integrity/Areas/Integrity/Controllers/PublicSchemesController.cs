using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>
/// 诚信榜: the yearly ranking of the schemes that publish one. Organisations by name and credit code; persons by their
/// masked name and group only (no ID number, no subject id); members who left are not listed; no events.
/// </summary>
[Area("Integrity")]
[AllowAnonymous]
[Route("public/schemes")]
[EnableRateLimiting(Huzhou.Credit.Contracts.Dossier.PublicPages.RateLimitPolicy)]
internal sealed class PublicSchemesController(PointsSchemes schemes) : Controller
{
    internal sealed record BoardRow(int Rank, string Name, string? Code, string Group, int Points, string? Band);

    internal sealed record BoardViewModel(PointsScheme Scheme, int Year, string? Group, IReadOnlyList<string> Groups, IReadOnlyList<BoardRow> Rows, IReadOnlyList<(int MinPoints, string Name, int Count)> Bands);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await schemes.PublicBoardsAsync(cancellationToken));

    [HttpGet("{code}")]
    public async Task<IActionResult> Board(string code, int? year, string? group, CancellationToken cancellationToken)
    {
        var scheme = await schemes.FindAsync(code, cancellationToken);
        if (scheme is not { PublicBoard: true, Active: true })
        {
            return NotFound();
        }

        var shownYear = year is >= 2000 and <= 2100 ? year.Value : schemes.Today.Year;
        var ranking = (await schemes.RankingAsync(scheme, shownYear, cancellationToken)).Where(r => !r.Left).ToList();
        var groups = ranking.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var bands = scheme.ParsedBands().Select(b => (b.MinPoints, b.Name, ranking.Count(r => r.Band == b.Name))).ToList();
        if (!string.IsNullOrEmpty(group))
        {
            ranking = ranking.Where(r => r.Group == group).ToList();
        }

        var rows = ranking.Select(r => scheme.MembersArePersons
            ? new BoardRow(r.Rank, Masking.PersonName(r.Name), null, r.Group, r.Points, r.Band)
            : new BoardRow(r.Rank, r.Name, r.DisplayCode, r.Group, r.Points, r.Band)).ToList();
        return View(new BoardViewModel(scheme, shownYear, group, groups, rows, bands));
    }
}
