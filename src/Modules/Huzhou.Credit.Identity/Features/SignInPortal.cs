namespace Huzhou.Credit.Identity.Features;

/// <summary>The sign-in forms whose account names are separate (the same name may exist in each).</summary>
internal enum SignInPortal
{
    Staff,
    Organisation,
    Citizen,
}
