using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>
/// The citizen's phone page: the integrity level and score with the explanation, his own credit changes (我的信用变动),
/// the scenarios it opens, and the code as a QR image that the page refreshes before it expires (<c>/citizen/code</c>), so a screenshot goes stale.
/// </summary>
[Area("Integrity")]
[Authorize(AuthenticationSchemes = CitizenAccountDefaults.Scheme)]
internal sealed class CitizenCodeController(PersonalScores scores, IntegrityCodes codes, Redemptions redemptions, PointsSchemes schemes, CitizenChanges changes, ICurrentCitizen citizen) : Controller
{
    internal sealed record CitizenViewModel(
        string Name,
        PersonalScoreResult Score,
        DateTimeOffset ScoredAt,
        IReadOnlyList<IncentiveScenario> Scenarios,
        string Code,
        string QrDataUri,
        DateTimeOffset ExpiresAt,
        int RefreshSeconds,
        IReadOnlyList<(PointsScheme Scheme, RankRow Row, int Members)> Schemes,
        ScoreChart? Chart,
        IReadOnlyList<AdviceLine> Advice,
        IReadOnlyList<CitizenChange> Changes);

    [HttpGet("/citizen")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var subjectId = citizen.SubjectId ?? 0;
        var (score, scoredAt) = await scores.CurrentAsync(subjectId, cancellationToken);
        var (code, expires) = await codes.IssueAsync(score.Level, cancellationToken);
        var opened = await redemptions.OpenedAsync(score.Level, cancellationToken);
        var memberships = await schemes.MembershipsAsync(subjectId, cancellationToken);
        return View(new CitizenViewModel(citizen.Name ?? "", score, scoredAt, opened, code, QrImage.DataUri(code), expires, RefreshSeconds(expires), memberships,
            await scores.ChartAsync(subjectId, cancellationToken), await scores.AdviceAsync(subjectId, score, cancellationToken),
            await changes.RecentAsync(subjectId, cancellationToken)));
    }

    /// <summary>A fresh code for the page's refresh (JSON): the code, its QR image and when to ask again.</summary>
    [HttpGet("/citizen/code")]
    public async Task<IActionResult> Code(CancellationToken cancellationToken)
    {
        var (score, _) = await scores.CurrentAsync(citizen.SubjectId ?? 0, cancellationToken);
        var (code, expires) = await codes.IssueAsync(score.Level, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Json(new { code, qr = QrImage.DataUri(code), expiresAt = expires, refreshSeconds = RefreshSeconds(expires), level = IntegrityLevels.Name(score.Level) });
    }

    private static int RefreshSeconds(DateTimeOffset expires) => Math.Max(10, (int)((expires - DateTimeOffset.UtcNow).TotalSeconds * 0.6));
}
