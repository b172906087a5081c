using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Huzhou.Credit.SharedKernel.Validation;

/// <summary>Validators are called explicitly (not by auto-validation); this puts their messages on the form.</summary>
public static class ValidationResultExtensions
{
    public static void AddTo(this ValidationResult result, ModelStateDictionary modelState)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
    }
}
