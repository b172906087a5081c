using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The authority departments of a list type (who may propose entries on it, <see cref="ListType.AuthorityDepartments"/>),
/// kept by the city credit office: any departments of the catalogue (<see cref="IDepartmentDirectory"/>), none meaning
/// the credit office alone; every change audited (<c>lists.type.authorities</c>, old and new codes).
/// </summary>
internal sealed class ListTypeAuthorities(ListsDbContext db, IDepartmentDirectory departments, ICurrentStaff staff, IAuditLog audit)
{
    /// <summary>The city credit office (a district office and departments read them on the list-type page).</summary>
    public static bool MayEdit(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice) && user.IsCityLevel;

    /// <summary>The list type and the departments to choose from, or null for an unknown code.</summary>
    public async Task<(ListType Type, IReadOnlyList<DepartmentInfo> Departments)?> GetAsync(string code, CancellationToken cancellationToken)
    {
        var type = await db.ListTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken);
        return type is null ? null : (type, await departments.ListAsync(cancellationToken));
    }

    public async Task<Result> SaveAsync(string code, IReadOnlyCollection<string>? chosen, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以维护名单类别的认定部门。");
        }

        var type = await db.ListTypes.FirstOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (type is null)
        {
            return Result.NotFound("名单类别不存在。");
        }

        var known = (await departments.ListAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var codes = (chosen ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = codes.Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            var shown = string.Join("、", unknown.Take(5).Select(c => c.Length > 20 ? c[..20] : c));
            return Result.Failure($"未知的部门代码：{shown}。请从部门列表中选择。", "departments");
        }

        var old = type.AuthorityDepartments;
        var ordered = codes.Order(StringComparer.Ordinal).ToArray();
        if (old.Order(StringComparer.Ordinal).SequenceEqual(ordered, StringComparer.Ordinal))
        {
            return Result.Success();
        }

        type.AuthorityDepartments = ordered;
        await db.SaveChangesAsync(cancellationToken);
        string Text(string[] list) => list.Length == 0 ? "（无，仅信用办）" : string.Join("、", list);
        await audit.WriteAsync(new AuditEntry("lists.type.authorities", ListsDbContext.ModuleName, null,
            Detail: $"{type.Code} {type.Name} 认定部门：{Text(old)} → {Text(ordered)}"), cancellationToken);
        return Result.Success();
    }
}
