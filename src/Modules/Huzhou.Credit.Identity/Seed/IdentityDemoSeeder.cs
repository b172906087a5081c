using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.ApiKeys;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Identity.Seed;

/// <summary>
/// Districts, departments, roles and the demo accounts. Districts, departments and roles are reference
/// data every installation needs; the demo accounts are for the demo city only. Idempotent: it adds
/// what is missing and leaves what exists alone.
/// </summary>
internal sealed class IdentityDemoSeeder(
    CreditIdentityDbContext db,
    UserManager<StaffUser> users,
    RoleManager<StaffRole> roles,
    TimeProvider clock,
    ILogger<IdentityDemoSeeder> logger) : IDemoSeeder
{
    /// <summary>The password of every demo account. Printed by <c>seed</c>; never use these accounts in production.</summary>
    public const string DemoPassword = "Huzhou@2026";

    public static IReadOnlyList<District> Districts { get; } =
    [
        new() { Code = "330500", Name = "湖州市", IsCity = true, SortOrder = 0 },
        new() { Code = "330502", Name = "吴兴区", ParentCode = "330500", SortOrder = 1 },
        new() { Code = "330503", Name = "南浔区", ParentCode = "330500", SortOrder = 2 },
        new() { Code = "330521", Name = "德清县", ParentCode = "330500", SortOrder = 3 },
        new() { Code = "330522", Name = "长兴县", ParentCode = "330500", SortOrder = 4 },
        new() { Code = "330523", Name = "安吉县", ParentCode = "330500", SortOrder = 5 },
        new() { Code = "3305Z1", Name = "南太湖新区", ParentCode = "330500", IsFunctionalZone = true, SortOrder = 6 },
        new() { Code = "3305Z2", Name = "湖州经济技术开发区", ParentCode = "330500", IsFunctionalZone = true, SortOrder = 7 },
        new() { Code = "3305Z3", Name = "湖州太湖旅游度假区", ParentCode = "330500", IsFunctionalZone = true, SortOrder = 8 },
    ];

    public static IReadOnlyList<(string Name, string Description)> RoleDescriptions { get; } =
    [
        (CreditRoles.Administrator, "管理用户、部门、角色、API 客户端、后台任务和审计日志；不查看个人信息。"),
        (CreditRoles.CreditOffice, "维护主体库与信用目录，审核与批准，可查看全市（或本区县）数据。"),
        (CreditRoles.DepartmentStaff, "报送本部门数据，查询本辖区主体的非公开信息。"),
        (CreditRoles.DepartmentReviewer, "审核本部门报送的数据与信用修复申请。"),
        (CreditRoles.Kiosk, "政务大厅信用查询终端，只能使用公开查询。"),
        (CreditRoles.Verifier, "激励场景的核验员：扫描个人诚信码，登记场景使用；看不到持码人身份。"),
        (CreditRoles.PublicityEditor, "撰写本部门的信用公示稿件（信用动态、政策法规、典型案例等）并提交审核；不能发布。"),
        (CreditRoles.PublicityPublisher, "信用办信息发布：审核、发布、定时发布和撤回信用公示稿件，维护栏目与专题专栏。"),
    ];

    /// <summary>The demo accounts: every role, city level and two districts (吴兴区, 长兴县).</summary>
    public static IReadOnlyList<DemoAccount> DemoAccounts { get; } =
    [
        new("admin", "平台管理员", "湖州市信用中心", CreditRoles.Administrator),
        new("xinyongban", "信用办 李主任", "湖州市发展和改革委员会", CreditRoles.CreditOffice),
        new("scjg.staff", "市场监管 王科员", "湖州市市场监督管理局", CreditRoles.DepartmentStaff),
        new("scjg.reviewer", "市场监管 陈审核", "湖州市市场监督管理局", CreditRoles.DepartmentReviewer),
        new("wuxing.staff", "吴兴分局 沈科员", "湖州市市场监督管理局吴兴分局", CreditRoles.DepartmentStaff),
        new("changxing.staff", "长兴县市场监管 钱科员", "长兴县市场监督管理局", CreditRoles.DepartmentStaff),
        new("changxing.xyb", "长兴县信用办 姚科长", "长兴县发展和改革局", CreditRoles.CreditOffice),
        new("kiosk", "市民服务中心查询终端", "湖州市信用中心", CreditRoles.Kiosk),
        new("hexiao.tsg", "市图书馆 核验员", "湖州市文化广电旅游局", CreditRoles.Verifier),
        new("xyb.editor", "信用办 周编辑", "湖州市发展和改革委员会", CreditRoles.PublicityEditor),
        new("xyb.publisher", "信用办 徐发布", "湖州市发展和改革委员会", CreditRoles.PublicityPublisher),
        new("scjg.editor", "市场监管 孙编辑", "湖州市市场监督管理局", CreditRoles.PublicityEditor),
    ];

    public int Order => 0;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        await SeedReferenceDataAsync(cancellationToken);
        await SeedDemoAccountsAsync();
        if (!options.IsNone)
        {
            await SeedTestApiClientAsync(cancellationToken);
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine($"演示账号（密码均为 {DemoPassword}）/ demo accounts (password {DemoPassword}):");
        foreach (var a in DemoAccounts)
        {
            text.AppendLine($"  {a.UserName,-16} {CreditRoles.DisplayName(a.Role),-8} {a.DepartmentName}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Districts, departments and roles (needed by tests and production alike).</summary>
    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var knownDistricts = await db.Districts.Select(d => d.Code).ToListAsync(cancellationToken);
        db.Districts.AddRange(Districts.Where(d => !knownDistricts.Contains(d.Code)).Select(d => new District
        {
            Code = d.Code,
            Name = d.Name,
            ParentCode = d.ParentCode,
            IsCity = d.IsCity,
            IsFunctionalZone = d.IsFunctionalZone,
            SortOrder = d.SortOrder,
        }));
        await db.SaveChangesAsync(cancellationToken);

        var knownDepartments = await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken);
        var missing = HuzhouDepartments.CityDepartments
            .Concat(HuzhouDepartments.DistrictDepartments)
            .Concat(HuzhouDepartments.FunctionalZoneDepartments)
            .Where(d => !knownDepartments.Contains(d.Code))
            .Select(d => new Department
            {
                Code = d.Code,
                Name = d.Name,
                ShortName = d.ShortName,
                DistrictCode = d.DistrictCode,
                IsCreditOffice = d.IsCreditOffice,
                CreatedAt = now,
            })
            .ToList();
        db.Departments.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (name, description) in RoleDescriptions)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                var result = await roles.CreateAsync(new StaffRole { Name = name, DisplayName = CreditRoles.DisplayName(name), Description = description });
                EnsureSucceeded(result, "role " + name);
            }
        }

        logger.LogInformation("Identity reference data: {Districts} districts and {Departments} departments added", Districts.Count - knownDistricts.Count, missing.Count);
    }

    /// <summary>The demo's 测试客户端: the key the credit centre uses for 联调 with business systems (checks:write).</summary>
    public const string TestApiClientName = "联调测试";

    /// <summary>
    /// The demo city's test API client (its checks are seeded by the Sanctions seeder and left out of the statistics by
    /// default). Its key is generated and not kept anywhere: the demo only shows the client, the flag and its checks.
    /// </summary>
    private async Task SeedTestApiClientAsync(CancellationToken cancellationToken)
    {
        if (await db.ApiClients.AnyAsync(c => c.Name == TestApiClientName, cancellationToken))
        {
            return;
        }

        var department = await db.Departments.FirstAsync(d => d.Code == "HZ-XYZX", cancellationToken);
        var (_, prefix, hash) = ApiKeyFormat.Generate();
        db.ApiClients.Add(new ApiClient
        {
            Name = TestApiClientName,
            DepartmentId = department.Id,
            KeyPrefix = prefix,
            KeyHash = hash,
            Scopes = [ApiScopes.ChecksWrite],
            RateLimitPerMinute = 600,
            IsTest = true,
            CreatedAt = clock.GetUtcNow().AddDays(-20),
            CreatedBy = "admin",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDemoAccountsAsync()
    {
        foreach (var account in DemoAccounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var department = await db.Departments.FirstOrDefaultAsync(d => d.Name == account.DepartmentName)
                ?? throw new InvalidOperationException($"Demo department '{account.DepartmentName}' is missing from the seed data.");
            var user = new StaffUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                DepartmentId = department.Id,
                DistrictCode = department.DistrictCode,
                CreatedAt = clock.GetUtcNow(),
            };
            EnsureSucceeded(await users.CreateAsync(user, DemoPassword), "user " + account.UserName);
            EnsureSucceeded(await users.AddToRoleAsync(user, account.Role), "role of " + account.UserName);
        }
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
