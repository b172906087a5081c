using FluentValidation;
using Huzhou.Credit.Catalogue.Areas.Catalogue.Models;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Controllers;

/// <summary>The catalogue pages: every staff role reads; administrators and the city credit office edit. Nothing is deleted.</summary>
[Area("Catalogue")]
[Authorize(Roles = CreditRoles.Staff + "," + CreditRoles.Administrator)]
[Route("catalogue")]
internal sealed class CatalogueController(
    CatalogueQueries queries,
    ICatalogue catalogue,
    CatalogueEditing editing,
    SynonymEditing synonymEditing,
    ItemTemplates templates,
    IValidator<ItemForm> itemValidator,
    IValidator<RetireForm> retireValidator,
    IValidator<MappingForm> mappingValidator,
    ICurrentStaff staff) : Controller
{
    private bool MayEdit => CatalogueEditing.MayEdit(staff);

    [HttpGet("")]
    public async Task<IActionResult> Index(DossierSection? section, CancellationToken cancellationToken)
    {
        var items = await catalogue.ListItemsAsync(includeRetired: true, cancellationToken);
        if (section is not null)
        {
            items = items.Where(i => i.Section == section).ToList();
        }

        return View(new CatalogueIndexViewModel(items, section, MayEdit));
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Details(string code, int? version, CancellationToken cancellationToken)
    {
        if (await queries.DetailsAsync(code, version, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        return View(new CatalogueDetailsViewModel(details.Item, details.Shown, details.History, MayEdit && !details.Item.IsRetired, details.Synonyms));
    }

    /// <summary>Sets the item's expected delivery period (应报送周期; empty unit = not watched); no new version, audited.</summary>
    [HttpPost("{code}/delivery-period")]
    public async Task<IActionResult> SetDeliveryPeriod(string code, int? count, DeliveryPeriodUnit? unit, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var period = unit is { } u ? new DeliveryPeriod(count ?? 0, u) : null;
        var result = await editing.SetExpectedDeliveryAsync(code, period, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, period is null ? "已取消应报送周期，不再检查逾期未报送。" : $"应报送周期已设为 {period.DisplayName}。");
        return RedirectToAction(nameof(Details), null, new { code }, "delivery-period");
    }

    /// <summary>Adds a synonym to an option field (no new version; audited).</summary>
    [HttpPost("{code}/synonyms")]
    public async Task<IActionResult> AddSynonym(string code, string? option, string? text, string? note, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        // The option arrives as "field key|code": codes repeat across fields (01 is 自然人 in one, 警告 in another).
        var split = option?.LastIndexOf('|') ?? -1;
        var result = await synonymEditing.AddAsync(code, split > 0 ? option![..split] : null, split > 0 ? option![(split + 1)..] : null, text, note, cancellationToken);
        TempData.Outcome(result, $"已添加同义词“{text?.Trim()}”，新上传的文件即按此识别。");
        return RedirectToAction(nameof(Details), null, new { code }, "synonyms");
    }

    [HttpPost("{code}/synonyms/{id:long}/deactivate")]
    public async Task<IActionResult> DeactivateSynonym(string code, long id, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var result = await synonymEditing.DeactivateAsync(code, id, cancellationToken);
        TempData.Outcome(result, "同义词已停用。");
        return RedirectToAction(nameof(Details), null, new { code }, "synonyms");
    }

    /// <summary>
    /// 报送模板 of the item's current version: <c>format</c> = <c>xlsx</c> (default), <c>csv-gb18030</c> or <c>csv-utf8</c>.
    /// Collection's upload wizard links here by URL.
    /// </summary>
    [HttpGet("{code}/template")]
    public async Task<IActionResult> Template(string code, string? format, CancellationToken cancellationToken)
    {
        if (!ItemTemplates.TryParseFormat(format, out var templateFormat))
        {
            return BadRequest();
        }

        var item = await catalogue.GetCurrentAsync(code, cancellationToken);
        if (item is null || item.IsRetired)
        {
            return NotFound();
        }

        Response.ContentType = ItemTemplates.ContentType(templateFormat);
        Response.Headers.ContentDisposition = TabularDownload.ContentDisposition(
            ItemTemplates.AsciiFileName(item, templateFormat), ItemTemplates.FileName(item, templateFormat));
        await templates.WriteAsync(item, templateFormat, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("create")]
    public IActionResult Create()
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var form = new ItemForm { UpdateFrequency = "每月", PublicityMonths = 36 };
        ItemForm.PadFields(form, 6);
        return View("Edit", new ItemEditViewModel(form, IsNew: true, null));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(ItemForm form, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        form.Code = form.Code?.Trim().ToUpperInvariant();
        if (!await ValidAsync(form, cancellationToken))
        {
            ItemForm.PadFields(form);
            return View("Edit", new ItemEditViewModel(form, IsNew: true, null));
        }

        var result = await editing.CreateAsync(form.ToDraft(), cancellationToken);
        if (!result.Succeeded)
        {
            ItemForm.PadFields(form);
            return this.Page(result, () => View("Edit", new ItemEditViewModel(form, IsNew: true, null)));
        }

        TempData.Success("信息项已创建。");
        return RedirectToAction(nameof(Details), new { code = result.Value });
    }

    [HttpGet("{code}/edit")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var current = await catalogue.GetCurrentAsync(code, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        if (current.IsRetired)
        {
            return RedirectToAction(nameof(Details), new { code = current.ItemCode });
        }

        return View(new ItemEditViewModel(ItemForm.ToForm(current), IsNew: false, current.Version));
    }

    [HttpPost("{code}/edit")]
    public async Task<IActionResult> Edit(string code, ItemForm form, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var current = await catalogue.GetCurrentAsync(code, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        form.Code = current.ItemCode;
        if (!await ValidAsync(form, cancellationToken))
        {
            ItemForm.PadFields(form);
            return View(new ItemEditViewModel(form, IsNew: false, current.Version));
        }

        var result = await editing.SaveNewVersionAsync(current.ItemCode, form.ToDraft(), cancellationToken);
        if (!result.Succeeded)
        {
            ItemForm.PadFields(form);
            return this.Page(result, () => View(new ItemEditViewModel(form, IsNew: false, current.Version)));
        }

        TempData.Success($"已保存为第 {result.Value} 版。");
        return RedirectToAction(nameof(Details), new { code = current.ItemCode });
    }

    [HttpGet("{code}/retire")]
    public async Task<IActionResult> Retire(string code, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var item = await queries.ItemAsync(code, cancellationToken);
        return item is null ? NotFound() : View(new RetireViewModel(item, new RetireForm()));
    }

    [HttpPost("{code}/retire")]
    public async Task<IActionResult> Retire(string code, RetireForm form, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var item = await queries.ItemAsync(code, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var validation = await retireValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View(new RetireViewModel(item, form));
        }

        var result = await editing.RetireAsync(item.Code, form.Reason!, cancellationToken);
        if (!result.Succeeded)
        {
            return this.Page(result, () => View(new RetireViewModel(item, form)));
        }

        TempData.Success("信息项已停用。");
        return RedirectToAction(nameof(Details), new { code = item.Code });
    }

    [HttpGet("publicity-rules")]
    public async Task<IActionResult> PublicityRules(CancellationToken cancellationToken) =>
        View(await RulesModelAsync(new MappingForm(), cancellationToken));

    [HttpPost("publicity-rules/mappings")]
    public async Task<IActionResult> AddMapping(MappingForm form, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var validation = await mappingValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View(nameof(PublicityRules), await RulesModelAsync(form, cancellationToken));
        }

        var result = await editing.AddMappingAsync(form.ToCommand(), cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View(nameof(PublicityRules), await RulesModelAsync(form, cancellationToken));
        }

        TempData.Success("已新增处罚类别对应关系。");
        return RedirectToAction(nameof(PublicityRules));
    }

    [HttpPost("publicity-rules/mappings/{id:long}/deactivate")]
    public async Task<IActionResult> DeactivateMapping(long id, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        var result = await editing.DeactivateMappingAsync(id, cancellationToken);
        TempData.Outcome(result, "对应关系已停用。");
        return RedirectToAction(nameof(PublicityRules));
    }

    private async Task<bool> ValidAsync(ItemForm form, CancellationToken cancellationToken)
    {
        var validation = await itemValidator.ValidateAsync(form, cancellationToken);
        validation.AddTo(ModelState);
        return validation.IsValid;
    }

    private async Task<PublicityRulesViewModel> RulesModelAsync(MappingForm form, CancellationToken cancellationToken)
    {
        var tables = await queries.PublicityRulesAsync(cancellationToken);
        return new(tables.Versions, tables.Periods, tables.Mappings, form, MayEdit);
    }
}
