using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hangfire;
using Hangfire.PostgreSql;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Localization;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Web.Infrastructure;
using Huzhou.Credit.Web.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.WebEncoders;
using Npgsql;
using Serilog;
using Serilog.Events;

namespace Huzhou.Credit.Web.Composition;

/// <summary>Wires the host: logging, persistence, identity, MVC, jobs, health, security headers, modules (their services, jobs and minimal-API endpoints).</summary>
internal static class PlatformSetup
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    /// <param name="builder">The host builder.</param>
    /// <param name="modules">Every module of the platform.</param>
    /// <param name="asOwner">
    /// The one-shot <c>migrate</c> and <c>seed</c> commands connect as the owner role (<c>ConnectionStrings:CreditOwner</c>,
    /// when configured); the running application always connects as <c>ConnectionStrings:Credit</c> (docs/adr/0013).
    /// </param>
    public static void AddCreditPlatform(this WebApplicationBuilder builder, IReadOnlyList<ICreditModule> modules, bool asOwner = false)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Host.UseSerilog((context, sp, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "Huzhou.Credit")
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(context.Configuration["Logging:Directory"] ?? "logs", "huzhou-credit-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                formatProvider: CultureInfo.InvariantCulture));
        // Serilog's factory makes a new logger on every CreateLogger; the platform keeps one per category.
        CachingLoggerFactory.Wrap(services);

        var connectionString = asOwner && DatabaseRoles.OwnerConnectionString(configuration) is { } owner
            ? owner
            : DatabaseRoles.AppConnectionString(configuration);
        services.AddSingleton(_ =>
        {
            var source = new NpgsqlDataSourceBuilder(connectionString);
            // Hot paths (the check API, the portal) repeat a handful of statements: prepared once per pooled
            // connection, they skip parsing and planning. A connection string that sets its own value wins.
            if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
            {
                source.ConnectionStringBuilder.MaxAutoPrepare = 64;
                source.ConnectionStringBuilder.AutoPrepareMinUsages = 3;
            }

            // The platform sets no session state (no SET, no advisory locks, no temporary tables; the outbox
            // listener UNLISTENs before it lets its connection go), so a pooled connection needs no reset statement
            // on every return — one statement less per check.
            if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            {
                source.ConnectionStringBuilder.NoResetOnClose = true;
            }

            return source.Build();
        });
        services.AddSingleton(TimeProvider.System);

        services.AddModuleDatabase<PlatformDbContext>(PlatformDbContext.ModuleName, order: -1);
        services.AddDataProtection()
            .SetApplicationName("Huzhou.Credit")
            .PersistKeysToDbContext<PlatformDbContext>();
        // The ring's keys are stored encrypted with a key from configuration (Production refuses to start without one).
        services.AddOptions<KeyRingEncryptionOptions>().Bind(configuration.GetSection(KeyRingEncryptionOptions.SectionName));
        services.AddSingleton<KeyRingKeys>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{KeyRingEncryptionOptions.SectionName}:KeyEncryptionKey"]))
        {
            services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
                new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(
                    o => o.XmlEncryptor = new KeyRingXmlEncryptor(sp.GetRequiredService<KeyRingKeys>())));
        }

        services.AddSingleton<IProductionStartupCheck, DemoSecretsCheck>();

        services.AddOptions<PersonalDataProtectionOptions>()
            .Bind(configuration.GetSection(PersonalDataProtectionOptions.SectionName));
        services.AddSingleton<PersonalDataProtector>();

        // E-mail: modules queue notices in credit.mail_outbox when SMTP is configured; the minute job sends them.
        services.AddOptions<Huzhou.Credit.SharedKernel.Mail.SmtpOptions>().Bind(configuration.GetSection(Huzhou.Credit.SharedKernel.Mail.SmtpOptions.SectionName));
        services.AddSingleton<Huzhou.Credit.SharedKernel.Mail.IMailOutbox, Huzhou.Credit.SharedKernel.Mail.MailOutbox>();
        services.AddSingleton<Huzhou.Credit.SharedKernel.Mail.MailDispatcher>();

        // Integration events: modules write them to the outbox in their transactions; the listener (and the minute
        // job registered below) hands them to the handlers modules subscribe.
        services.AddSingleton<OutboxDispatcher>();
        if (configuration.GetValue("Outbox:ListenerEnabled", true))
        {
            services.AddHostedService<OutboxListener>();
        }

        // Razor's default encoder escapes every non-Latin character; Chinese pages stay readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Culture);
            o.SupportedCultures = [Culture];
            o.SupportedUICultures = [Culture];
        });

        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new ControlCharacterFilter());
                o.Filters.Add(new PageNumberFilter());
                ChineseModelBindingMessages.Apply(o.ModelBindingMessageProvider);
            })
            // JSON answers (ProblemDetails, suggestions) keep Chinese readable instead of \uXXXX; HTML-sensitive
            // characters are still escaped.
            .AddJsonOptions(o => o.JsonSerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        mvc.ConfigureApplicationPartManager(parts =>
        {
            // Module controllers are internal (see docs/adr/0003); MVC's default provider only finds public ones.
            var defaultProvider = parts.FeatureProviders.OfType<ControllerFeatureProvider>().FirstOrDefault();
            if (defaultProvider is not null)
            {
                parts.FeatureProviders.Remove(defaultProvider);
            }

            parts.FeatureProviders.Add(new ModuleControllerFeatureProvider());
            // Every module is a part explicitly (controllers and compiled Razor views), rather than relying on
            // the build's [ApplicationPart] discovery, which misses a module the host uses only through DI.
            // The shared kernel is one too: its view component (the pager) and its compiled view.
            foreach (var assembly in modules.Select(m => m.GetType().Assembly).Prepend(typeof(SharedResource).Assembly))
            {
                var existing = parts.ApplicationParts.Where(p => p.Name == assembly.GetName().Name).Select(p => p.GetType()).ToHashSet();
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    if (!existing.Contains(part.GetType()))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            }
        });

        services.AddProblemDetails();
        services.Configure<ApiBehaviorOptions>(o =>
        {
            // An API body the JSON reader cannot bind (truncated, a number where text belongs, nested past 32 levels, a
            // lone surrogate) answers in Chinese like every other API error; the reader's own words stay under errors.
            o.InvalidModelStateResponseFactory = context =>
            {
                var problem = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>().CreateValidationProblemDetails(
                    context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest, "请求无效",
                    detail: "请求体不是有效的 JSON，或字段的类型不对（文本须加引号，日期时间如 2026-11-01T09:00:00+08:00）。各字段的问题见 errors。");
                return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
            };
            foreach (var (status, title) in new (int, string)[]
            {
                (400, "请求无效"), (401, "未认证"), (403, "无权访问"), (404, "不存在"), (405, "不支持的请求方法"),
                (406, "无法提供所要求的格式"), (409, "冲突"), (415, "不支持的媒体类型：请求体应为 JSON（Content-Type: application/json）"),
                (422, "无法处理"), (500, "系统繁忙"),
            })
            {
                if (o.ClientErrorMapping.TryGetValue(status, out var error))
                {
                    error.Title = title;
                }
            }
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        // Behind a reverse proxy: the client address (rate limits, logs) and scheme come from X-Forwarded-* only when
        // the proxy is listed in ReverseProxy:KnownProxies (comma-separated addresses); nothing is trusted otherwise.
        var proxies = (configuration["ReverseProxy:KnownProxies"] ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }
        });
        // Production: browsers that reached the platform over HTTPS (as the proxy says, see above) keep to HTTPS.
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        // The API for business and departments' systems: /api/v1/openapi.json, read by the reference page /api/docs.
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new Microsoft.OpenApi.OpenApiInfo
                {
                    Title = "湖州市公共信用信息平台 API",
                    Version = "v1",
                    Description = "业务系统和部门系统调用的接口。每个请求在请求头 X-Api-Key 中携带管理员签发的密钥；密钥按权限范围授权（subjects:read、collection:write、checks:write），按客户端限流。错误以 ProblemDetails（中文）返回。",
                };
                return Task.CompletedTask;
            });
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = "60";
                var accept = context.HttpContext.Request.Headers.Accept.ToString();
                if (accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
                {
                    // A person in a browser or at a hall terminal gets a page, not JSON.
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync(
                        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
                        "<title>请求过于频繁</title></head><body><h1>请求过于频繁</h1><p>您的查询过于频繁，请稍候一分钟再试。</p>" +
                        "<p><a href=\"/public\">返回信用信息查询</a></p></body></html>", token);
                    return;
                }

                response.ContentType = "application/problem+json; charset=utf-8";
                await response.WriteAsJsonAsync(
                    new { title = "请求过于频繁", status = 429, detail = "请求过于频繁，请稍后再试。" },
                    new System.Text.Json.JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) },
                    "application/problem+json; charset=utf-8",
                    token);
            };
        });

        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    QueuePollInterval = TimeSpan.FromSeconds(5),
                    // Long jobs (a full rescore) keep their lease alive instead of being re-run after a timeout; the lease
                    // of a killed server's job lapses in 30 s, and the job is fetched again (ADR 0016).
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromSeconds(30),
                    // The schema is installed by MigrateAsync, as the owner role: the application role may not create it.
                    PrepareSchemaIfNecessary = false,
                }));
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }

        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        services.AddSingleton(modules);
    }

    public static async Task UseCreditPlatformAsync(this WebApplication app)
    {
        // Hangfire keeps its configuration in a process-wide static and hands each host the storage that static points at
        // when the host first asks for it. Asking now binds this host to its own storage at once: a second host in the
        // same process (the tests' production start-up host, on a database it later drops) cannot be handed out instead.
        _ = app.Services.GetRequiredService<Hangfire.JobStorage>();
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            await app.MigrateAsync();
        }

        await app.CheckDatabaseRoleAsync();
        if (app.Environment.IsProduction())
        {
            // Demo keys, no key-ring encryption, demo accounts: every reason at once, so one restart fixes them all.
            await using var scope = app.Services.CreateAsyncScope();
            var reasons = new List<string>();
            foreach (var check in scope.ServiceProvider.GetServices<IProductionStartupCheck>())
            {
                if (await check.RefusalReasonAsync(CancellationToken.None) is { } reason)
                {
                    reasons.Add(reason);
                }
            }

            if (reasons.Count > 0)
            {
                throw new StartupRefusedException(string.Join(" | ", reasons));
            }
        }

        if (!string.IsNullOrWhiteSpace(app.Configuration["ReverseProxy:KnownProxies"]))
        {
            // Only with proxies listed: with none, the middleware would trust X-Forwarded-For from anyone.
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // A read that met a connection broken by a database restart runs once more on a fresh one (issue #24).
        app.UseMiddleware<DatabaseOutageRetry>();
        // Two branches until routing: the browser's middleware for pages and most APIs, and a lean one for the hot
        // machine-to-machine endpoints modules mark LeanApiEndpoint (the check API) — no localisation, static
        // files, response-start callback or per-request log of successful calls. Both rejoin for routing,
        // authentication, authorisation and rate limiting.
        var lean = new LeanApiPaths(app.Services.GetRequiredService<EndpointDataSource>());
        app.UseWhen(context => !lean.IsLean(context), browser =>
        {
            browser.UseMiddleware<SecurityHeadersMiddleware>();
            // Uploads sent with their transfer progress (upload-progress.js) get a redirect they follow themselves.
            browser.UseMiddleware<UploadRedirectMiddleware>();
            if (app.Environment.IsProduction())
            {
                // Only on HTTPS requests (as seen after the forwarded headers): a plain-HTTP demo is unaffected.
                browser.UseHsts();
            }

            // Every cookie (sign-in, antiforgery, OIDC correlation) is Secure when the request is HTTPS as seen after the
            // forwarded headers; antiforgery's own default would never mark it. (The lean API sets no cookies.)
            browser.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest });
            browser.UseRequestLocalization();
            browser.UseStaticFiles();
            browser.UseSerilogRequestLogging(o =>
            {
                // Paths only: query strings can carry names or ID numbers typed into a search box.
                o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
                o.GetMessageTemplateProperties = (context, path, elapsed, status) =>
                [
                    new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                    new LogEventProperty("RequestPath", new ScalarValue(LoggedPath.Mask(path))),
                    new LogEventProperty("StatusCode", new ScalarValue(status)),
                    new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                ];
                o.GetLevel = (context, _, ex) => ex is not null || context.Response.StatusCode >= 500
                    ? LogEventLevel.Error
                    : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose : LogEventLevel.Information;
            });
        });
        app.UseWhen(lean.IsLean, api => api.UseMiddleware<LeanApiMiddleware>());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [new AdministratorDashboardFilter()],
            AsyncAuthorization = [],
            DashboardTitle = "后台任务",
            AppPath = "/admin",
            // The footer would show the storage's connection string (host, database, user) to whoever opens the page.
            DisplayStorageConnectionString = false,
        });
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

        var modules = app.Services.GetRequiredService<IReadOnlyList<ICreditModule>>();
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<OutboxDispatcher>("platform:outbox-dispatch", d => d.RunScheduledAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<Huzhou.Credit.SharedKernel.Mail.MailDispatcher>("platform:mail-dispatch", d => d.RunAsync(CancellationToken.None), Cron.Minutely());
        foreach (var module in modules)
        {
            module.RegisterRecurringJobs(recurring);
        }
    }

    /// <summary>
    /// Applies every module's migrations and installs the Hangfire schema as the owner role, then grants the application
    /// role its rights (docs/adr/0013). Without <c>ConnectionStrings:CreditOwner</c>, all of it runs on
    /// <c>ConnectionStrings:Credit</c> (a one-role setup).
    /// </summary>
    public static async Task MigrateAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILogger<Program>>();
        var ownerConnectionString = DatabaseRoles.OwnerConnectionString(app.Configuration);
        var owner = ownerConnectionString is null
            ? app.Services.GetRequiredService<NpgsqlDataSource>()
            : NpgsqlDataSource.Create(ownerConnectionString);
        try
        {
            foreach (var database in app.Services.GetServices<IModuleDatabase>().OrderBy(d => d.Order))
            {
                log.LogInformation("Migrating {Module}", database.ModuleName);
                await database.MigrateAsync(owner, CancellationToken.None);
            }

            // Hangfire's own tables (it keeps its schema version in hangfire.schema and upgrades itself).
            await using (var connection = await owner.OpenConnectionAsync())
            {
                PostgreSqlObjectsInstaller.Install(connection, "hangfire");
            }

            if (ownerConnectionString is not null)
            {
                await DatabaseRoles.GrantAsync(owner, DatabaseRoles.AppConnectionString(app.Configuration), log, CancellationToken.None);
            }

            // Data steps that need the application's keys (e.g. encrypting personal values written before: ADR 0015),
            // after every schema and grant is in place; each is resumable, idempotent and cheap once done.
            await using (var scope = app.Services.CreateAsyncScope())
            {
                foreach (var step in scope.ServiceProvider.GetServices<IDataMigration>())
                {
                    log.LogInformation("Data migration {Name}: {Result}", step.Name, await step.RunAsync(CancellationToken.None));
                }
            }
        }
        finally
        {
            if (ownerConnectionString is not null)
            {
                await owner.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The running application must not be able to switch the audit log's append-only trigger off: its role is neither a
    /// superuser nor an owner of <c>credit.audit_log</c>. In Production the application refuses to start otherwise; elsewhere
    /// (a one-role development setup) it warns.
    /// </summary>
    private static async Task CheckDatabaseRoleAsync(this WebApplication app)
    {
        var excess = await DatabaseRoles.ExcessPrivilegeAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
        if (excess is null)
        {
            return;
        }

        var message = $"ConnectionStrings:Credit connects as a role that can change the audit log ({excess}). " +
            "Connect the application as its own role and run migrations with ConnectionStrings:CreditOwner (docs/adr/0013-database-roles.md).";
        if (app.Environment.IsProduction())
        {
            throw new StartupRefusedException(message);
        }

        app.Services.GetRequiredService<ILogger<Program>>().LogWarning("{Warning}", message);
    }

    public static async Task SeedDemoCityAsync(this WebApplication app, string? scale)
    {
        var options = DemoSeedOptions.Parse(scale);
        if (options.IsNone)
        {
            Console.WriteLine("seed --scale none: no demo data written (no demo subjects, no demo accounts).");
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var lines = new List<string>();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            var summary = await seeder.SeedAsync(options, CancellationToken.None);
            if (!string.IsNullOrWhiteSpace(summary))
            {
                lines.Add(summary);
            }
        }

        Console.WriteLine();
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }
}
