using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Member units of the city and their district counterparts. Departments are deactivated, never deleted.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/departments")]
internal sealed class AdminDepartmentsController(StaffQueries queries, DepartmentEditing editing, IValidator<DepartmentForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new DepartmentListViewModel(await queries.DepartmentsWithUsersAsync(cancellationToken), await queries.DistrictsAsync(cancellationToken)));

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await EditModelAsync(new DepartmentForm(), cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(DepartmentForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        if (!await ValidateAsync(form, cancellationToken))
        {
            return View("Edit", await EditModelAsync(form, cancellationToken));
        }

        var name = await editing.CreateAsync(Draft(form), cancellationToken);
        TempData.Success($"部门“{name}”已新增。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var d = await queries.DepartmentAsync(id, cancellationToken);
        if (d is null)
        {
            return NotFound();
        }

        var form = new DepartmentForm { Id = d.Id, Code = d.Code, Name = d.Name, ShortName = d.ShortName, DistrictCode = d.DistrictCode, IsCreditOffice = d.IsCreditOffice, IsActive = d.IsActive };
        return View(await EditModelAsync(form, cancellationToken));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, DepartmentForm form, CancellationToken cancellationToken)
    {
        if (await queries.DepartmentAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ValidateAsync(form, cancellationToken))
        {
            return View(await EditModelAsync(form, cancellationToken));
        }

        var result = await editing.UpdateAsync(id, Draft(form), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData.Success($"部门“{result.Value}”已保存。");
        return RedirectToAction(nameof(Index));
    }

    private static DepartmentDraft Draft(DepartmentForm form) =>
        new(form.Code, form.Name, form.ShortName, form.DistrictCode, form.IsCreditOffice, form.IsActive);

    private async Task<bool> ValidateAsync(DepartmentForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        foreach (var refusal in await editing.RefusalsAsync(Draft(form), form.Id, cancellationToken))
        {
            refusal.AddTo(ModelState);
        }

        return ModelState.ErrorCount == 0;
    }

    private async Task<DepartmentEditViewModel> EditModelAsync(DepartmentForm form, CancellationToken cancellationToken) =>
        new(form, await queries.DistrictsAsync(cancellationToken));
}
