using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Areas.Publicity.Models;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Controllers;

/// <summary>The columns, kept by the credit office's publisher: create a 专题专栏, rename, retire or bring back.</summary>
[Area("Publicity")]
[Authorize(Roles = CreditRoles.PublicityPublisher)]
[Route("publicity/manage/columns")]
internal sealed class PublicityColumnsController(ColumnAdmin columns) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ColumnsViewModel(await columns.ListAsync(cancellationToken), null, null, null));

    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? slug, string? description, CancellationToken cancellationToken)
    {
        var result = await columns.CreateAsync(name, slug, description, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success($"专题专栏“{name!.Trim()}”已建立。");
            return RedirectToAction(nameof(Index));
        }

        var page = View("Index", new ColumnsViewModel(await columns.ListAsync(cancellationToken), name, slug, description));
        return this.Page(result, () => page);
    }

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Update(long id, string? name, string? description, bool active, CancellationToken cancellationToken)
    {
        var result = await columns.UpdateAsync(id, name, description, active, cancellationToken);
        if (!result.Succeeded && result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Outcome(result, "栏目已保存。");
        return RedirectToAction(nameof(Index));
    }
}
