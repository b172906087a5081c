using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Finds public controllers (as MVC does) and also internal ones in module assemblies, so a module can keep
/// its controllers, form models and view models internal: only its registration is public (ADR 0003).
/// </summary>
internal sealed class ModuleControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo)
    {
        if (base.IsController(typeInfo))
        {
            return true;
        }

        return typeInfo.IsClass
            && !typeInfo.IsAbstract
            && !typeInfo.IsNested
            && !typeInfo.ContainsGenericParameters
            && typeof(ControllerBase).IsAssignableFrom(typeInfo)
            && typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal)
            && typeInfo.Assembly.GetName().Name?.StartsWith("Huzhou.Credit.", StringComparison.Ordinal) == true
            && !typeInfo.IsDefined(typeof(NonControllerAttribute));
    }
}
