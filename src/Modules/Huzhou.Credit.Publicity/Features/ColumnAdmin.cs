using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The columns, kept by the credit office's publisher: a 专题专栏 is created (name, address, description), renamed and
/// retired (it leaves the public site; its articles stay) or brought back. Standard columns can be renamed but not retired.
/// Every change is audited and bumps the column's content version.
/// </summary>
internal sealed class ColumnAdmin(PublicityDbContext db, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<(PublicityColumn Column, int Published)>> ListAsync(CancellationToken cancellationToken)
    {
        var columns = await db.Columns.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var counts = await db.Articles.Where(a => a.Status == ArticleStatus.Published).GroupBy(a => a.ColumnId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return columns.Select(c => (c, counts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<Result<long>> CreateAsync(string? name, string? slug, string? description, CancellationToken cancellationToken)
    {
        if (!PublicityAccess.IsPublisher(staff))
        {
            return Result<long>.Forbidden("只有信用办信息发布人员可以设置栏目。");
        }

        var checkedName = CheckName(name);
        if (checkedName is not null)
        {
            return Result<long>.Failure(checkedName, "name");
        }

        slug = slug?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length is < 2 or > 40 || !slug.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || !char.IsAsciiLetter(slug[0]))
        {
            return Result<long>.Failure("栏目地址只能由小写字母、数字和连字符组成（2–40 个字符，以字母开头），例如 cxjs-wanlixing。", "slug");
        }

        if (StandardColumns.Reserved.Contains(slug) || await db.Columns.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            return Result<long>.Failure("该栏目地址已被使用，请换一个。", "slug");
        }

        var column = new PublicityColumn
        {
            Slug = slug, Name = name!.Trim(), Description = Cut(description), Kind = ColumnKind.Special,
            SortOrder = 100 + await db.Columns.CountAsync(cancellationToken), Active = true,
            CreatedAt = clock.GetUtcNow(), CreatedBy = staff.UserName ?? "system",
        };
        db.Columns.Add(column);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("publicity.column.create", PublicityDbContext.ModuleName, Detail: $"新建专题专栏“{column.Name}”（{column.Slug}）"), cancellationToken);
        return Result.Success(column.Id);
    }

    public async Task<Result> UpdateAsync(long id, string? name, string? description, bool active, CancellationToken cancellationToken)
    {
        if (!PublicityAccess.IsPublisher(staff))
        {
            return Result.Forbidden("只有信用办信息发布人员可以设置栏目。");
        }

        var column = await db.Columns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (column is null)
        {
            return Result.NotFound("没有找到该栏目。");
        }

        var checkedName = CheckName(name);
        if (checkedName is not null)
        {
            return Result.Failure(checkedName, "name");
        }

        if (!active && column.Kind == ColumnKind.Standard)
        {
            return Result.Failure("标准栏目不能停用，只有专题专栏可以停用。");
        }

        var was = (column.Name, column.Active);
        column.Name = name!.Trim();
        column.Description = Cut(description);
        column.Active = active;
        column.ContentVersion++;
        await db.SaveChangesAsync(cancellationToken);
        var what = was.Active == active ? "修改" : active ? "恢复" : "停用";
        await audit.WriteAsync(new AuditEntry("publicity.column.update", PublicityDbContext.ModuleName, Detail: $"{what}栏目“{was.Name}”→“{column.Name}”（{column.Slug}）"), cancellationToken);
        return Result.Success();
    }

    private static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "请填写栏目名称。" : name.Trim().Length > 40 ? "栏目名称不能超过 40 字。" : null;

    private static string? Cut(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Length > 500 ? text.Trim()[..500] : text.Trim();
}
