namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// A link on the home page, named by its action (area, controller, action and route values) so that the page generates
/// the address from the action's attribute route, as every other link of the platform is.
/// </summary>
/// <param name="Text">The link's Chinese text.</param>
/// <param name="Area">The MVC area (e.g. Repair).</param>
/// <param name="Controller">The controller without its suffix (e.g. OrganisationRepair).</param>
/// <param name="Action">The action (e.g. Apply).</param>
/// <param name="RouteValues">Route values (e.g. recordId), or null.</param>
public sealed record OrganisationHomeLink(string Text, string Area, string Controller, string Action, IReadOnlyDictionary<string, string>? RouteValues = null);
