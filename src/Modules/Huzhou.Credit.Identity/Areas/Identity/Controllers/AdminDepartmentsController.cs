using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Member units of the city and their district counterparts. Departments are deactivated, never deleted.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/departments")]
internal sealed class AdminDepartmentsController(CreditIdentityDbContext db, IValidator<DepartmentForm> validator, IAuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking()
            .OrderBy(d => d.DistrictCode).ThenByDescending(d => d.IsCreditOffice).ThenBy(d => d.Name)
            .Select(d => new { Department = d, Users = db.Users.Count(u => u.DepartmentId == d.Id) })
            .ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
        return View(new DepartmentListViewModel(departments.Select(d => (d.Department, d.Users)).ToList(), districts));
    }

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

        var department = new Department { CreatedAt = clock.GetUtcNow() };
        Apply(department, form);
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.department.create", "Identity", Detail: $"新增部门 {department.Code} {department.Name}"), cancellationToken);
        TempData["Success"] = $"部门“{department.Name}”已新增。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var d = await db.Departments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
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
        var department = await db.Departments.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (department is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ValidateAsync(form, cancellationToken))
        {
            return View(await EditModelAsync(form, cancellationToken));
        }

        var districtChanged = department.DistrictCode != form.DistrictCode;
        Apply(department, form);
        await db.SaveChangesAsync(cancellationToken);
        if (districtChanged)
        {
            // Users take their district from their department: keep scoping consistent.
            await db.Users.Where(u => u.DepartmentId == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DistrictCode, department.DistrictCode), cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry("identity.department.update", "Identity", Detail: $"修改部门 {department.Code} {department.Name}"), cancellationToken);
        TempData["Success"] = $"部门“{department.Name}”已保存。";
        return RedirectToAction(nameof(Index));
    }

    private static void Apply(Department department, DepartmentForm form)
    {
        department.Code = form.Code!.Trim();
        department.Name = form.Name!.Trim();
        department.ShortName = form.ShortName!.Trim();
        department.DistrictCode = form.DistrictCode!;
        department.IsCreditOffice = form.IsCreditOffice;
        department.IsActive = form.IsActive;
    }

    private async Task<bool> ValidateAsync(DepartmentForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);

        var code = form.Code?.Trim();
        var name = form.Name?.Trim();
        if (code is not null && await db.Departments.AnyAsync(d => d.Code == code && d.Id != form.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(DepartmentForm.Code), $"部门编码 {code} 已被使用。");
        }

        if (name is not null && await db.Departments.AnyAsync(d => d.Name == name && d.Id != form.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(DepartmentForm.Name), $"部门“{name}”已存在。");
        }

        if (form.DistrictCode is not null && !await db.Districts.AnyAsync(d => d.Code == form.DistrictCode, cancellationToken))
        {
            ModelState.AddModelError(nameof(DepartmentForm.DistrictCode), "所选区县不存在。");
        }

        return ModelState.ErrorCount == 0;
    }

    private async Task<DepartmentEditViewModel> EditModelAsync(DepartmentForm form, CancellationToken cancellationToken) =>
        new(form, await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken));
}

/// <summary>The five roles and what each may do. Roles are defined by the platform, not edited here.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/roles")]
internal sealed class AdminRolesController(CreditIdentityDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .Select(r => new { Role = r, Users = db.UserRoles.Count(ur => ur.RoleId == r.Id) })
            .ToListAsync(cancellationToken);
        var ordered = CreditRoles.All
            .Select(name => roles.FirstOrDefault(r => r.Role.Name == name))
            .Where(r => r is not null)
            .Select(r => new RoleRow(r!.Role, r.Users))
            .ToList();
        return View(ordered);
    }
}
