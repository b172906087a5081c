using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Publicity.Areas.Publicity.Models;
using Huzhou.Credit.Publicity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Controllers;

/// <summary>信用公示, for anyone: the columns, a column's articles (paged, searched), an article, a column's Atom feed, attachments.</summary>
[Area("Publicity")]
[AllowAnonymous]
[Route("publicity")]
[EnableRateLimiting(PublicPages.RateLimitPolicy)]
internal sealed class PublicityController(PublicityReader reader, ArticleQueries staffQueries, ArticleSanitiser sanitiser, IConfiguration configuration, TimeProvider clock) : Controller
{
    /// <summary>The public address configured for absolute links (feeds), in this order; else the request's own.</summary>
    public static readonly string[] PublicBaseUrlSettings = ["Publicity:PublicBaseUrl", "Dossier:PublicBaseUrl"];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PublicityIndexViewModel(await reader.NewestAsync(5, cancellationToken)));

    [HttpGet("{column}")]
    public async Task<IActionResult> Column(string column, string? q, int page = 1, CancellationToken cancellationToken = default) =>
        await reader.ColumnPageAsync(column, q, page, cancellationToken) is { } found ? View(found) : NotFound();

    [HttpGet("{column}/{id:long}")]
    public async Task<IActionResult> Article(string column, long id, CancellationToken cancellationToken) =>
        await reader.ArticleAsync(column, id, cancellationToken) is { } found
            ? View(new PublicArticleViewModel(found, sanitiser.Sanitise(found.Body)))
            : NotFound();

    [HttpGet("{column}/feed.atom")]
    public async Task<IActionResult> Feed(string column, CancellationToken cancellationToken)
    {
        if (await reader.FeedAsync(column, cancellationToken) is not { } feed)
        {
            return NotFound();
        }

        var configured = PublicBaseUrlSettings.Select(s => configuration[s]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var root = configured ?? $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        return Content(AtomFeed.Write(feed.Column, feed.Entries, root, sanitiser, clock.GetUtcNow()), AtomFeed.ContentType);
    }

    /// <summary>An attachment: of a published article for anyone; of a draft only for the editors and publisher who see it.</summary>
    [HttpGet("files/{id:long}")]
    public async Task<IActionResult> File(long id, CancellationToken cancellationToken)
    {
        var file = await reader.PublishedFileAsync(id, cancellationToken) ?? await staffQueries.FileAsync(id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        return File(file.Content, file.ContentType, file.ContentType.StartsWith("image/", StringComparison.Ordinal) ? null : file.FileName);
    }
}
