using System.Globalization;
using System.Threading.RateLimiting;
using FluentValidation;
using Hangfire;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.ApiKeys;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Auditing;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.Identity.Seed;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Identity;

/// <summary>统一用户: staff accounts, departments, districts, roles, API clients and the audit log.</summary>
public sealed class IdentityModule : ICreditModule
{
    public string Name => CreditIdentityDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CreditIdentityDbContext>(Name, order: 0);
        services.AddScoped<IDemoSeeder, IdentityDemoSeeder>();
        services.AddScoped<IDemoSeeder, OrganisationDemoSeeder>();
        services.AddScoped<IDemoSeeder, CitizenDemoSeeder>();
        services.AddScoped<IProductionStartupCheck, DemoAccountsCheck>();

        services
            .AddIdentity<StaffUser, StaffRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                // No account lockout: anyone could lock a real user out by typing wrong passwords for that name.
                // SignInThrottle slows guessing down per address instead (docs/adr/0014-sign-in-throttling.md).
                options.Lockout.AllowedForNewUsers = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CreditIdentityDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "hzc.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // API callers get status codes, not a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // A disabled account is signed out on its next request rather than after the cookie expires.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, _ => { })
            .AddCookie(OrganisationAccountDefaults.Scheme, options =>
            {
                PortalCookie(options, "hzc.org", "/org", TimeSpan.FromHours(2));
                // A disabled account loses its session on the next request.
                options.Events.OnValidatePrincipal = async context =>
                {
                    var id = long.TryParse(context.Principal?.FindFirst(OrganisationAccountDefaults.AccountClaim)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
                    if (!await context.HttpContext.RequestServices.GetRequiredService<OrganisationAccounts>().IsActiveAsync(id, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(OrganisationAccountDefaults.Scheme);
                    }
                };
            });
        services.AddAuthentication()
            .AddCookie(CitizenAccountDefaults.Scheme, options => PortalCookie(options, "hzc.citizen", "/citizen", TimeSpan.FromHours(8)));
        var oidc = configuration.GetSection(CitizenOidcOptions.SectionName).Get<CitizenOidcOptions>() ?? new CitizenOidcOptions();
        services.AddSingleton(oidc);
        CitizenOidc.Add(services.AddAuthentication(), oidc);
        var policies = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All.Keys)
        {
            policies.AddPolicy(ApiKeyDefaults.PolicyForScope(scope), ScopePolicy(scope));
        }

        services.AddRateLimiter(options => options.AddPolicy(ApiKeyDefaults.RateLimitPolicy, context =>
        {
            var client = context.User.FindFirst(ApiKeyDefaults.ClientIdClaim)?.Value ?? "anonymous";
            var limit = int.TryParse(context.User.FindFirst(ApiKeyAuthenticationHandler.RateLimitClaim)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 60;
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limit),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        }));

        services.AddOptions<SignInThrottleOptions>().Bind(configuration.GetSection(SignInThrottleOptions.SectionName));
        services.AddSingleton<SignInThrottle>();

        services.AddScoped<IValidator<UserForm>, UserFormValidator>();
        services.AddScoped<IValidator<DepartmentForm>, DepartmentFormValidator>();
        services.AddScoped<IValidator<ApiClientForm>, ApiClientFormValidator>();

        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<ICurrentStaff, CurrentStaff>();
        services.AddScoped<ICurrentOrganisation, CurrentOrganisation>();
        services.AddScoped<OrganisationAccounts>();
        services.AddScoped<OrganisationHome>();
        services.AddScoped<IOrganisationAccountLookup, OrganisationAccountLookup>();
        services.AddScoped<StaffQueries>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<DepartmentEditing>();
        services.AddScoped<ApiClientKeys>();
        services.AddScoped<IApiClientDirectory, ApiClientDirectory>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ICurrentCitizen, CurrentCitizen>();
        services.AddScoped<CitizenAccounts>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IDistrictDirectory, DistrictDirectory>();
        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IDepartmentColleagues, DepartmentColleagues>();
    }

    /// <summary>The sign-in cookie of a portal outside the staff pages (organisations, citizens): its own name, sign-in under <paramref name="basePath"/>.</summary>
    private static void PortalCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options, string name, string basePath, TimeSpan expiry)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = basePath + "/login";
        options.LogoutPath = basePath + "/logout";
        options.AccessDeniedPath = basePath + "/login";
        options.ExpireTimeSpan = expiry;
        options.SlidingExpiration = true;
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
        // The Identity module has no nightly work yet.
    }

    /// <summary>Builds the policy that requires an API client holding <paramref name="scope"/>.</summary>
    public static AuthorizationPolicy ScopePolicy(string scope) =>
        new AuthorizationPolicyBuilder(ApiKeyDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiKeyDefaults.ScopeClaim, scope)
            .Build();

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
