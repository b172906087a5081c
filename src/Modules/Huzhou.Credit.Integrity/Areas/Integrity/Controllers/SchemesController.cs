using System.Globalization;
using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Areas.Integrity.Models;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>
/// Community points schemes for the departments that run them (the operator department, the district's credit office):
/// the yearly ranking, members, manual events with deductions explained, revocation, events imported from a file (all
/// rows or none), credit records taken in on demand, the ranking as CSV. Looking at persons' schemes is audited.
/// </summary>
[Area("Integrity")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("integrity/schemes")]
internal sealed class SchemesController(
    PointsSchemes schemes,
    SchemeQueries queries,
    PointEventImport import,
    SchemeSettings settings,
    IValidator<SchemeForm> schemeValidator,
    IValidator<RuleForm> ruleValidator,
    ICurrentStaff staff,
    IDepartmentDirectory departments) : Controller
{
    internal sealed record EditViewModel(PointsScheme? Scheme, SchemeForm Form, IReadOnlyList<DepartmentInfo> Departments);

    internal sealed record SchemeListRow(PointsScheme Scheme, string Department, int Members, double Average);

    internal sealed record SchemeViewModel(PointsScheme Scheme, string Department, int Year, string? Group, IReadOnlyList<RankRow> Ranking, IReadOnlyList<string> Groups, IReadOnlyList<PointRule> Rules);

    internal sealed record MemberViewModel(PointsScheme Scheme, SchemeMember Member, string Name, string DisplayCode, IReadOnlyList<(PointEvent Event, PointRule Rule)> Events, IReadOnlyList<PointRule> Rules, RankRow? Row, DateOnly Today);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var names = await DepartmentNamesAsync(cancellationToken);
        var rows = new List<SchemeListRow>();
        foreach (var scheme in await schemes.VisibleAsync(cancellationToken))
        {
            var ranking = await schemes.RankingAsync(scheme, schemes.Today.Year, cancellationToken, withNames: false);
            rows.Add(new SchemeListRow(scheme, names.GetValueOrDefault(scheme.DepartmentCode, scheme.DepartmentCode), ranking.Count, ranking.Count == 0 ? 0 : ranking.Average(r => r.Points)));
        }

        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        settings.MayCreate ? View("Edit", await EditAsync(null, new SchemeForm { Bands = "120:优秀;100:良好;80:一般;0:较差", GroupLabel = "村", DepartmentCode = staff.DepartmentCode }, cancellationToken)) : Forbid();

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(SchemeForm form, CancellationToken cancellationToken)
    {
        if (!settings.MayCreate)
        {
            return Forbid();
        }

        return await SaveAsync(null, form, cancellationToken);
    }

    [HttpGet("{code}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string code, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var form = new SchemeForm
        {
            Code = scheme.Code, Name = scheme.Name, Kind = scheme.Kind, DepartmentCode = scheme.DepartmentCode, MembersArePersons = scheme.MembersArePersons,
            BasePoints = scheme.BasePoints, Bands = scheme.Bands, GroupLabel = scheme.GroupLabel, PublicBoard = scheme.PublicBoard, Description = scheme.Description, Active = scheme.Active,
        };
        return View(await EditAsync(scheme, form, cancellationToken));
    }

    [HttpPost("{code}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string code, SchemeForm form, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        form.Code = scheme.Code;
        form.MembersArePersons = scheme.MembersArePersons;
        return await SaveAsync(scheme, form, cancellationToken);
    }

    [HttpPost("{code}/rules")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddRule([FromRoute] string code, RuleForm form, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var validation = await ruleValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            TempData.Error("规则未添加：" + string.Join("；", validation.Errors.Select(e => e.ErrorMessage).Distinct()));
            return RedirectToAction(nameof(Details), new { code });
        }

        var result = await settings.AddRuleAsync(scheme, form.ToNewRule(), cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success($"已添加积分规则 {result.Value.Code}。");
        }
        else
        {
            TempData.Error("规则未添加：" + result.Error);
        }

        return RedirectToAction(nameof(Details), new { code });
    }

    [HttpPost("{code}/rules/{ruleCode}/toggle")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ToggleRule([FromRoute] string code, string ruleCode, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var result = await settings.ToggleRuleAsync(scheme, ruleCode, cancellationToken);
        TempData.Outcome(result, "规则状态已更改。");
        return RedirectToAction(nameof(Details), new { code });
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Details([FromRoute] string code, int? year, string? group, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var shownYear = year is >= 2000 and <= 2100 ? year.Value : schemes.Today.Year;
        var ranking = await queries.RankingAsync(scheme, shownYear, group, cancellationToken);
        var names = await DepartmentNamesAsync(cancellationToken);
        return View(new SchemeViewModel(scheme, names.GetValueOrDefault(scheme.DepartmentCode, scheme.DepartmentCode), shownYear, group, ranking.Rows, ranking.Groups, await schemes.RulesAsync(scheme.Id, cancellationToken)));
    }

    [HttpPost("{code}/members")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddMember([FromRoute] string code, string? memberCode, string? group, DateOnly? joinedOn, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var result = await queries.AddMemberAsync(scheme, memberCode, group, joinedOn, cancellationToken);
        if (!result.Succeeded)
        {
            TempData.Error(result.Error!);
            return RedirectToAction(nameof(Details), new { code });
        }

        TempData.Success("已加入成员。");
        return RedirectToAction(nameof(Member), new { code, id = result.Value.Id });
    }

    [HttpGet("{code}/members/{id:long}")]
    public async Task<IActionResult> Member([FromRoute] string code, long id, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme || await queries.MemberAsync(scheme, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var ranking = await schemes.RankingAsync(scheme, schemes.Today.Year, cancellationToken, withNames: false);
        return View(new MemberViewModel(scheme, found.Member, found.Subject?.Name ?? "（主体已注销）", found.Subject?.DisplayCode ?? "", found.Events,
            await schemes.RulesAsync(scheme.Id, cancellationToken), ranking.FirstOrDefault(r => r.MemberId == id), schemes.Today));
    }

    [HttpPost("{code}/members/{id:long}/events")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Record([FromRoute] string code, long id, string? ruleCode, DateOnly? occurredOn, string? note, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var result = await schemes.RecordAsync(scheme, id, ruleCode, occurredOn, note, staff.UserName ?? "staff", cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success($"已记分：{(result.Value.Points > 0 ? "+" : "")}{result.Value.Points}。");
        }
        else
        {
            TempData.Error(result.Error!);
        }

        return RedirectToAction(nameof(Member), new { code, id });
    }

    [HttpPost("{code}/members/{id:long}/leave")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Leave([FromRoute] string code, long id, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var result = await schemes.RemoveMemberAsync(scheme, id, cancellationToken);
        TempData.Outcome(result, "该成员已退出本方案，历年积分记录保留。");
        return RedirectToAction(nameof(Member), new { code, id });
    }

    [HttpPost("{code}/events/{eventId:long}/revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke([FromRoute] string code, long eventId, long memberId, string? reason, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var result = await schemes.RevokeAsync(scheme, eventId, reason, staff.UserName ?? "staff", cancellationToken);
        TempData.Outcome(result, "已撤销该条记分。");
        return RedirectToAction(nameof(Member), new { code, id = memberId });
    }

    /// <summary>Takes the members' credit records into the scheme now (the nightly job does it too).</summary>
    [HttpPost("{code}/sync")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Sync([FromRoute] string code, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var (added, revoked) = await schemes.SyncRecordsAsync(scheme, null, cancellationToken);
        TempData.Success($"已同步信用记录：新增 {added} 条记分，撤销 {revoked} 条（记录已修复或撤销）。");
        return RedirectToAction(nameof(Details), new { code });
    }

    /// <summary>The largest events file (a year of a large scheme's events is well under a megabyte).</summary>
    public const long MaxImportBytes = 10 * 1024 * 1024;

    /// <summary>Events from a CSV/XLSX file (成员代码, 规则编码, 发生日期, 说明): every row is checked first; one bad row and nothing is written.</summary>
    /// <remarks>
    /// The request may be well past the file limit, so a file somewhat too large reaches the action and gets the Chinese
    /// message below (with the request cut at exactly the file limit, the browser only saw the connection reset).
    /// </remarks>
    [HttpPost("{code}/import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(4 * MaxImportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = 4 * MaxImportBytes)]
    public async Task<IActionResult> Import([FromRoute] string code, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            TempData.Error("请选择要导入的文件（CSV 或 XLSX）。");
            return RedirectToAction(nameof(Details), new { code });
        }

        if (file.Length > MaxImportBytes)
        {
            TempData.Error($"文件超过 {MaxImportBytes / 1024 / 1024} MB 的上限，请拆分为多个文件后分别导入。");
            return RedirectToAction(nameof(Details), new { code });
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var outcome = await import.ImportAsync(scheme, stream, file.FileName, staff.UserName ?? "staff", cancellationToken);
            if (outcome.Errors.Count > 0)
            {
                TempData.Error($"文件有 {outcome.Errors.Count} 行不能导入，未写入任何记分：" + string.Join("；", outcome.Errors.Take(20)) + (outcome.Errors.Count > 20 ? "……" : ""));
            }
            else
            {
                TempData.Success($"已导入 {outcome.Imported} 条记分。");
            }
        }
        catch (TabularFileException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Details), new { code });
    }

    /// <summary>The year's ranking: CSV, or XLSX with <c>format=xlsx</c>.</summary>
    [HttpGet("{code}/export")]
    public async Task<IActionResult> Export([FromRoute] string code, int? year, string? format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat) || await ManagedAsync(code, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var shownYear = year is >= 2000 and <= 2100 ? year.Value : schemes.Today.Year;
        var ranking = await queries.ExportRankingAsync(scheme, shownYear, cancellationToken);
        await TabularExport.WriteAsync(
            Response,
            fileFormat,
            $"{scheme.Code}-{shownYear}",
            $"{scheme.Name}-{shownYear}年度排名",
            ["名次", "名称", "代码", scheme.GroupLabel, "积分", "等级", "记分次数", "状态"],
            ranking.Select(r => new string?[] { r.Rank.ToString(CultureInfo.InvariantCulture), r.Name, r.DisplayCode, r.Group, r.Points.ToString(CultureInfo.InvariantCulture),
                r.Band ?? "", r.Events.ToString(CultureInfo.InvariantCulture), r.Left ? "已退出" : "在册" }),
            cancellationToken);
        return new EmptyResult();
    }

    private async Task<IActionResult> SaveAsync(PointsScheme? scheme, SchemeForm form, CancellationToken cancellationToken)
    {
        var validation = await schemeValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View("Edit", await EditAsync(scheme, form, cancellationToken));
        }

        var result = await settings.SaveAsync(scheme, form.ToDetails(), cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("Edit", await EditAsync(scheme, form, cancellationToken));
        }

        TempData.Success(scheme is null ? "积分方案已设立，请添加积分规则和成员。" : "方案设置已保存。");
        return RedirectToAction(nameof(Details), new { code = result.Value.Code });
    }

    private async Task<EditViewModel> EditAsync(PointsScheme? scheme, SchemeForm form, CancellationToken cancellationToken)
    {
        var all = await departments.ListAsync(cancellationToken);
        var visible = all.Where(d => d.IsActive && (staff.IsCityLevel || d.DistrictCode == staff.DistrictCode)).OrderBy(d => d.DistrictCode).ThenBy(d => d.Code).ToList();
        return new EditViewModel(scheme, form, visible);
    }

    private async Task<PointsScheme?> ManagedAsync(string code, CancellationToken cancellationToken) =>
        await schemes.FindAsync(code, cancellationToken) is { } scheme && schemes.CanManage(scheme) ? scheme : null;

    private async Task<Dictionary<string, string>> DepartmentNamesAsync(CancellationToken cancellationToken) =>
        (await departments.ListAsync(cancellationToken)).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.First().Name);
}
