using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>The organisation users' own pages (企业用户): registration, sign-in with the organisation scheme, the home with the modules' sections (<see cref="OrganisationHome"/>).</summary>
[Area("Identity")]
[Route("org")]
internal sealed class OrganisationController(OrganisationAccounts accounts, ICurrentOrganisation organisation, SignInThrottle throttle) : Controller
{
    [HttpGet("")]
    [Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
    public async Task<IActionResult> Index([FromServices] OrganisationHome home, CancellationToken cancellationToken) =>
        View(new OrganisationHomeViewModel(organisation, await home.SectionsAsync(organisation, cancellationToken)));

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        View(new OrganisationLoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(OrganisationLoginForm form, CancellationToken cancellationToken)
    {
        var address = SignInThrottle.AddressOf(HttpContext);
        var password = form.Password;
        form.Password = null;
        var gate = throttle.Check(SignInPortal.Organisation, address, form.LoginName);
        if (!gate.IsAllowed)
        {
            form.Error = gate.Message;
            return ThrottledPage.Of(gate, View(form));
        }

        var result = await accounts.SignInAsync(form.LoginName, password, cancellationToken);
        if (result.PasswordMatched)
        {
            throttle.Succeeded(SignInPortal.Organisation, address, form.LoginName);
        }
        else
        {
            throttle.Failed(SignInPortal.Organisation, address, form.LoginName);
        }

        if (!result.Succeeded)
        {
            form.Error = result.Error;
            return View(form);
        }

        await HttpContext.SignInAsync(OrganisationAccountDefaults.Scheme, result.Principal!);
        return LocalRedirect(!string.IsNullOrEmpty(form.ReturnUrl) && Url.IsLocalUrl(form.ReturnUrl) && form.ReturnUrl.StartsWith("/org", StringComparison.Ordinal) ? form.ReturnUrl : "/org");
    }

    // Authenticated on the organisation scheme so that the form's antiforgery token (issued to the organisation user) validates.
    [HttpPost("logout")]
    [Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(OrganisationAccountDefaults.Scheme);
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("register")]
    public IActionResult Register() => View(new OrganisationRegistrationForm());

    [HttpPost("register")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Register(OrganisationRegistrationForm form, CancellationToken cancellationToken)
    {
        var gate = throttle.CheckRegistration(SignInThrottle.AddressOf(HttpContext));
        if (!gate.IsAllowed)
        {
            form.Error = $"注册提交过于频繁，请 {gate.Wait} 后再试。";
            form.Password = null;
            return ThrottledPage.Of(gate, View(form));
        }

        var result = await accounts.RegisterAsync(form.LoginName, form.Password, form.Uscc, form.OrganisationName, form.HandlerName, cancellationToken, form.NoticeEmail);
        if (!result.Succeeded)
        {
            form.Error = result.Error;
            form.ErrorField = result.Field;
            form.Password = null;
            return View(form);
        }

        TempData.Success(OrganisationAccounts.Registered);
        return RedirectToAction(nameof(Login));
    }
}
