using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Member units and their district counterparts: added and changed, never deleted (deactivated). Audited.</summary>
internal sealed class DepartmentEditing(CreditIdentityDbContext db, IAuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Every reason the draft cannot be saved as department <paramref name="id"/> (null: a new one), each on its field:
    /// a code or name another department has, a district that does not exist.
    /// </summary>
    public async Task<IReadOnlyList<Result>> RefusalsAsync(DepartmentDraft draft, long? id, CancellationToken cancellationToken)
    {
        var refusals = new List<Result>();
        var code = draft.Code?.Trim();
        var name = draft.Name?.Trim();
        if (code is not null && await db.Departments.AnyAsync(d => d.Code == code && d.Id != id, cancellationToken))
        {
            refusals.Add(Result.Failure(ErrorKind.Conflict, $"部门编码 {code} 已被使用。", nameof(DepartmentDraft.Code)));
        }

        if (name is not null && await db.Departments.AnyAsync(d => d.Name == name && d.Id != id, cancellationToken))
        {
            refusals.Add(Result.Failure(ErrorKind.Conflict, $"部门“{name}”已存在。", nameof(DepartmentDraft.Name)));
        }

        if (draft.DistrictCode is not null && !await db.Districts.AnyAsync(d => d.Code == draft.DistrictCode, cancellationToken))
        {
            refusals.Add(Result.Failure("所选区县不存在。", nameof(DepartmentDraft.DistrictCode)));
        }

        return refusals;
    }

    /// <summary>Adds the (checked) department; its name.</summary>
    public async Task<string> CreateAsync(DepartmentDraft draft, CancellationToken cancellationToken)
    {
        var department = new Department { CreatedAt = clock.GetUtcNow() };
        Apply(department, draft);
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.department.create", "Identity", Detail: $"新增部门 {department.Code} {department.Name}"), cancellationToken);
        return department.Name;
    }

    /// <summary>Saves the (checked) department; its users follow a change of district. Its name.</summary>
    public async Task<Result<string>> UpdateAsync(long id, DepartmentDraft draft, CancellationToken cancellationToken)
    {
        var department = await db.Departments.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (department is null)
        {
            return Result<string>.NotFound("部门不存在。");
        }

        var districtChanged = department.DistrictCode != draft.DistrictCode;
        Apply(department, draft);
        await db.SaveChangesAsync(cancellationToken);
        if (districtChanged)
        {
            // Users take their district from their department: keep scoping consistent.
            await db.Users.Where(u => u.DepartmentId == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DistrictCode, department.DistrictCode), cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry("identity.department.update", "Identity", Detail: $"修改部门 {department.Code} {department.Name}"), cancellationToken);
        return Result<string>.Success(department.Name);
    }

    private static void Apply(Department department, DepartmentDraft draft)
    {
        department.Code = draft.Code!.Trim();
        department.Name = draft.Name!.Trim();
        department.ShortName = draft.ShortName!.Trim();
        department.DistrictCode = draft.DistrictCode!;
        department.IsCreditOffice = draft.IsCreditOffice;
        department.IsActive = draft.IsActive;
    }
}
