using System.Globalization;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Watch lists and what they watch: create a list (personal or the department's), add a subject by code or from its
/// page (关注), a file of codes, set watches. Least privilege: a list is reached only by its owner (the user, or members
/// of the department), and a district user watches only subjects and districts within his own district.
/// </summary>
internal sealed class WatchListService(
    MonitoringDbContext db,
    ICurrentStaff staff,
    ISubjectDirectory subjects,
    IDistrictDirectory districts,
    IListTypes listTypes,
    IEvaluationFields fields,
    IDepartmentDirectory departments,
    PersonalDataProtector protector,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string DefaultListName = "我的关注";
    public const long MaxFileBytes = 1024 * 1024;
    public const int MaxFileRows = 5_000;
    public const int MaxItemsPerList = 20_000;

    /// <summary>The lists the user may open: his own and his department's.</summary>
    public IQueryable<WatchList> Visible()
    {
        var owners = StaffOwners.Of(staff);
        return db.WatchLists.Where(l => owners.Contains(l.Owner));
    }

    /// <summary>Whether the user may open the list (another owner's list is answered as not found before any input is read).</summary>
    public Task<bool> IsVisibleAsync(long listId, CancellationToken cancellationToken) => Visible().AnyAsync(l => l.Id == listId, cancellationToken);

    public async Task<Result<long>> CreateAsync(string? name, bool shared, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return Result<long>.Failure("请填写名单名称（不超过 100 个字）。", "name");
        }

        if (staff.UserName is not { } user || staff.DepartmentCode is not { } department)
        {
            return Result<long>.Forbidden("当前账号没有所属部门，不能建立关注名单。");
        }

        var list = new WatchList
        {
            Name = name,
            Owner = shared ? WatchList.DepartmentOwner(department) : WatchList.UserOwner(user),
            OwnerDepartment = shared ? department : null,
            OwnerUser = shared ? null : user.ToLowerInvariant(),
            ScopeDistrict = StaffOwners.Scope(staff),
            EscalateTo = StaffOwners.EscalationOf(staff),
            CreatedBy = user,
            CreatedAt = clock.GetUtcNow(),
        };
        db.WatchLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.list.create", MonitoringDbContext.ModuleName, Detail: $"建立{(shared ? "部门共享" : "个人")}关注名单“{name}”"), cancellationToken);
        return Result<long>.Success(list.Id);
    }

    public async Task<Result> DeleteAsync(long listId, CancellationToken cancellationToken)
    {
        var list = await Visible().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null)
        {
            return Result.NotFound("找不到该关注名单。");
        }

        db.WatchLists.Remove(list);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.list.delete", MonitoringDbContext.ModuleName, Detail: $"删除关注名单“{list.Name}”"), cancellationToken);
        return Result.Success();
    }

    /// <summary>关注 from a subject's page: into the user's personal default list, created on first use.</summary>
    public async Task<Result<long>> FollowAsync(long subjectId, CancellationToken cancellationToken)
    {
        var found = (await subjects.GetAsync([subjectId], cancellationToken)).GetValueOrDefault(subjectId);
        if (found is null || (found.IsPerson && !staff.CanSeeDistrict(found.DistrictCode)))
        {
            return Result<long>.NotFound("找不到该主体。");
        }

        if (!staff.CanSeeDistrict(found.DistrictCode))
        {
            return Result<long>.Forbidden("只能关注本辖区登记的主体。");
        }

        if (staff.UserName is not { } user)
        {
            return Result<long>.Forbidden("请先登录。");
        }

        var owner = WatchList.UserOwner(user);
        var list = await db.WatchLists.Where(l => l.Owner == owner).OrderBy(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            var created = await CreateAsync(DefaultListName, shared: false, cancellationToken);
            if (!created.Succeeded)
            {
                return created;
            }

            list = await db.WatchLists.SingleAsync(l => l.Id == created.Value, cancellationToken);
        }

        var key = KeyOf(found);
        if (!await db.WatchItems.AnyAsync(i => i.WatchListId == list.Id && i.SubjectId == found.SubjectId, cancellationToken))
        {
            db.WatchItems.Add(Item(list.Id, found, key));
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(new AuditEntry("monitoring.watch.add", MonitoringDbContext.ModuleName, found.SubjectId, Detail: $"加入关注名单“{list.Name}”"), cancellationToken);
        }

        return Result<long>.Success(list.Id);
    }

    /// <summary>Codes typed or read from a file, added to a list; each refused line with its reason.</summary>
    public async Task<Result<CodeImportReport>> AddCodesAsync(long listId, IReadOnlyList<(int Row, string Code)> lines, CancellationToken cancellationToken)
    {
        var list = await Visible().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null)
        {
            return Result<CodeImportReport>.NotFound("找不到该关注名单。");
        }

        var refused = new List<CodeImportLine>();
        var parsed = new List<(int Row, string Input, SubjectCode Code)>();
        foreach (var (row, input) in lines)
        {
            var code = SubjectCode.Parse(input);
            if (!code.IsValid)
            {
                refused.Add(new CodeImportLine(row, Shown(input), "不是有效的统一社会信用代码或公民身份号码"));
            }
            else
            {
                parsed.Add((row, input, code));
            }
        }

        var existing = await db.WatchItems.Where(i => i.WatchListId == listId).Select(i => i.LookupKey).ToListAsync(cancellationToken);
        if (existing.Count + parsed.Count > MaxItemsPerList)
        {
            return Result<CodeImportReport>.Failure($"一个关注名单最多 {MaxItemsPerList:N0} 个主体，请另建名单。");
        }

        var known = new HashSet<string>(existing.Select(Convert.ToBase64String), StringComparer.Ordinal);
        var found = await subjects.FindByCodesAsync(parsed.Select(p => p.Code.Text).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        int added = 0, already = 0, pending = 0;
        foreach (var (row, input, code) in parsed)
        {
            WatchItem item;
            if (found.TryGetValue(code.Text, out var subject))
            {
                if (!staff.CanSeeDistrict(subject.DistrictCode))
                {
                    refused.Add(new CodeImportLine(row, subject.DisplayCode, subject.IsPerson ? "不是本辖区的主体" : "该主体不在本辖区登记，只能关注本辖区的主体"));
                    continue;
                }

                item = Item(listId, subject, KeyOf(subject));
            }
            else
            {
                var candidates = SubjectLookupKey.Candidates(code, protector);
                if (candidates.Length == 0)
                {
                    refused.Add(new CodeImportLine(row, Shown(input), "无法识别的代码"));
                    continue;
                }

                item = new WatchItem
                {
                    WatchListId = listId, LookupKey = candidates[0], Name = "（主体库中暂无，建档后提醒）",
                    DisplayCode = code.IdNumber?.ToString() ?? code.Text, IsPerson = code.IdNumber is not null, AddedBy = staff.UserName ?? "", AddedAt = now,
                };
                pending++;
            }

            if (!known.Add(Convert.ToBase64String(item.LookupKey)))
            {
                already++;
                if (item.SubjectId is null)
                {
                    pending--;
                }

                continue;
            }

            item.AddedAt = now;
            db.WatchItems.Add(item);
            if (item.SubjectId is not null)
            {
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added + pending > 0)
        {
            await audit.WriteAsync(new AuditEntry("monitoring.watch.add", MonitoringDbContext.ModuleName, Detail: $"向关注名单“{list.Name}”加入 {added + pending} 个代码"), cancellationToken);
        }

        return Result<CodeImportReport>.Success(new CodeImportReport(added, already, pending, refused));
    }

    /// <summary>A file of codes (CSV or XLSX, the first column, a header row first), within size and row limits.</summary>
    public async Task<Result<CodeImportReport>> ImportAsync(long listId, FileUpload file, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(listId, cancellationToken))
        {
            return Result<CodeImportReport>.NotFound("找不到该关注名单。");
        }

        if (file.Length == 0)
        {
            return Result<CodeImportReport>.Failure("请选择文件。", "file");
        }

        if (file.Length > MaxFileBytes)
        {
            return Result<CodeImportReport>.Failure($"文件超过 {MaxFileBytes / 1024 / 1024} MB，请拆分后分别上传。", "file");
        }

        var lines = new List<(int, string)>();
        try
        {
            await using var stream = file.Open();
            await using var source = await RowSources.OpenAsync(stream, file.FileName, cancellationToken);
            while (await source.ReadAsync(cancellationToken))
            {
                if (lines.Count == MaxFileRows)
                {
                    return Result<CodeImportReport>.Failure($"文件超过 {MaxFileRows:N0} 行数据，请拆分后分别上传。", "file");
                }

                lines.Add((source.RowNumber, source.GetString(0)));
            }
        }
        catch (TabularFileException e)
        {
            return Result<CodeImportReport>.Failure(e.Message, "file");
        }

        if (lines.Count == 0)
        {
            return Result<CodeImportReport>.Failure("文件中只有表头，没有数据行。", "file");
        }

        return await AddCodesAsync(listId, lines, cancellationToken);
    }

    public async Task<Result> RemoveItemAsync(long listId, long itemId, CancellationToken cancellationToken)
    {
        var list = await Visible().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        var item = list is null ? null : await db.WatchItems.SingleOrDefaultAsync(i => i.Id == itemId && i.WatchListId == listId, cancellationToken);
        if (item is null)
        {
            return Result.NotFound("找不到该关注对象。");
        }

        db.WatchItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.watch.remove", MonitoringDbContext.ModuleName, item.SubjectId, Detail: $"移出关注名单“{list!.Name}”"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> AddSetAsync(long listId, SetWatchInput input, CancellationToken cancellationToken)
    {
        var list = await Visible().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null)
        {
            return Result.NotFound("找不到该关注名单。");
        }

        var watch = new SetWatch { WatchListId = listId, Kind = input.Kind, CreatedBy = staff.UserName ?? "", CreatedAt = clock.GetUtcNow() };
        switch (input.Kind)
        {
            case SetWatchKind.District:
                var district = (await districts.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == input.DistrictCode && !d.IsCity);
                if (district is null)
                {
                    return Result.Failure("请选择区县。", "district");
                }

                if (!staff.CanSeeDistrict(district.Code))
                {
                    return Result.Forbidden("只能关注本辖区。");
                }

                watch.DistrictCode = district.Code;
                watch.Label = $"区县：{district.Name}";
                break;
            case SetWatchKind.ListType:
                var type = (await listTypes.ListTypesAsync(cancellationToken)).FirstOrDefault(t => t.Code == input.ListTypeCode);
                if (type is null)
                {
                    return Result.Failure("请选择名单类别。", "listType");
                }

                watch.Tags = [WatchTags.List(type.Code)];
                watch.Label = $"{(type.IsBlack ? "黑名单" : "红名单")}：{type.Name}";
                break;
            case SetWatchKind.IndustryField:
                var field = (await fields.FieldsAsync(cancellationToken)).FirstOrDefault(f => f.Code == input.FieldCode && !f.Retired);
                if (field is null)
                {
                    return Result.Failure("请选择评价领域。", "field");
                }

                var grades = (input.Grades ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.Ordinal).ToList();
                if (grades.Any(g => field.Grades.All(b => b.Grade != g)))
                {
                    return Result.Failure($"{field.Name}没有所选的等级。", "grades");
                }

                watch.Tags = grades.Count == 0 ? [WatchTags.Field(field.Code)] : grades.Select(g => WatchTags.Grade(field.Code, g)).ToArray();
                watch.Label = grades.Count == 0 ? $"评价领域：{field.Name}" : $"评价领域：{field.Name}（{string.Join("/", grades)} 级）";
                break;
            case SetWatchKind.DepartmentSupervised:
                var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == input.DepartmentCode && d.IsActive);
                if (department is null)
                {
                    return Result.Failure("请选择监管部门。", "department");
                }

                if (!(await fields.FieldsAsync(cancellationToken)).Any(f => f.DepartmentCode == department.Code && !f.Retired))
                {
                    return Result.Failure($"{department.Name}没有负责的评价领域，暂无监管名单。", "department");
                }

                watch.Tags = [WatchTags.Department(department.Code)];
                watch.Label = $"监管名单：{department.Name}";
                break;
            case SetWatchKind.SavedSearch:
                var query = (input.Query ?? "").Trim();
                var name = (input.SearchName ?? "").Trim();
                if (query.Length is < 2 or > 50 || query.All(char.IsAsciiLetterOrDigit))
                {
                    return Result.Failure("请输入 2 至 50 字的名称片段（单个主体请按代码加入名单）。", "query");
                }

                if (name.Length is < 1 or > 40)
                {
                    return Result.Failure("请为保存的检索起一个名称（不超过 40 字）。", "searchName");
                }

                string? searchDistrict = null;
                if (!string.IsNullOrEmpty(input.DistrictCode))
                {
                    var d = (await districts.ListAsync(cancellationToken)).FirstOrDefault(x => x.Code == input.DistrictCode && !x.IsCity);
                    if (d is null)
                    {
                        return Result.Failure("请选择区县。", "district");
                    }

                    if (!staff.CanSeeDistrict(d.Code))
                    {
                        return Result.Forbidden("只能关注本辖区。");
                    }

                    searchDistrict = d.Code;
                }

                watch.DistrictCode = searchDistrict;
                watch.Tags = [WatchTags.Search(searchDistrict, query)];
                watch.Label = $"保存的检索：{name}（名称含“{query}”）";
                break;
            default:
                return Result.Failure("请选择关注范围。", "kind");
        }

        if (await db.SetWatches.AnyAsync(w => w.WatchListId == listId && w.Label == watch.Label, cancellationToken))
        {
            return Result.Conflict("名单中已有该关注范围。");
        }

        db.SetWatches.Add(watch);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.set.add", MonitoringDbContext.ModuleName, Detail: $"关注名单“{list.Name}”加入{watch.Label}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RemoveSetAsync(long listId, long setId, CancellationToken cancellationToken)
    {
        var list = await Visible().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        var watch = list is null ? null : await db.SetWatches.SingleOrDefaultAsync(w => w.Id == setId && w.WatchListId == listId, cancellationToken);
        if (watch is null)
        {
            return Result.NotFound("找不到该关注范围。");
        }

        db.SetWatches.Remove(watch);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.set.remove", MonitoringDbContext.ModuleName, Detail: $"关注名单“{list!.Name}”移除{watch.Label}"), cancellationToken);
        return Result.Success();
    }

    private WatchItem Item(long listId, ResolvedSubject subject, byte[] key) => new()
    {
        WatchListId = listId, SubjectId = subject.SubjectId, LookupKey = key, Name = subject.Name, DisplayCode = subject.DisplayCode,
        IsPerson = subject.IsPerson, DistrictCode = subject.DistrictCode, AddedBy = staff.UserName ?? "", AddedAt = clock.GetUtcNow(),
    };

    /// <summary>A known subject's key: its credit code, or for a person the subject id (its ID number is not at hand; no pending match needed).</summary>
    private static byte[] KeyOf(ResolvedSubject subject) =>
        subject.IsPerson ? System.Text.Encoding.ASCII.GetBytes("id:" + subject.SubjectId.ToString(CultureInfo.InvariantCulture)) : SubjectLookupKey.Organisation(subject.DisplayCode);

    /// <summary>An input as a report may show it: a person's number masked, long text cut.</summary>
    private static string Shown(string input)
    {
        var text = input.Trim();
        return text.Length > 18 ? text[..18] + "…" : text.Length == 18 && char.IsDigit(text[0]) ? text[..6] + "********" + text[^4..] : text;
    }
}
