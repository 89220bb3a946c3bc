namespace Clerk.Generators.Models
{
    /// <summary>One static <c>GET</c>/<c>POST</c>/... method of a route file.</summary>
    internal sealed record HandlerInfo
    {
        /// <summary>The HTTP method, upper case; also the method's name.</summary>
        public string Verb { get; init; } = "";

        /// <summary>The type declaring the method, fully qualified: <c>global::App.Api.Route</c>.</summary>
        public string DeclaringType { get; init; } = "";

        /// <summary>How to write what it returns.</summary>
        public ResultInfo Result { get; init; } = new ResultInfo();

        /// <summary>Its parameters, in order.</summary>
        public EquatableArray<ParameterInfo> Parameters { get; init; }

        /// <summary>The types among its parameters' (and what they reach) that <c>AddValidation()</c> checks.</summary>
        public EquatableArray<ValidatedType> ValidatedTypes { get; init; }

        /// <summary>
        /// Its types' attributes (outermost first) except [Protected], for endpoint metadata. The method's own are
        /// added by routing, as for a minimal API.
        /// </summary>
        public EquatableArray<AttributeInfo> Attributes { get; init; }

        /// <summary>
        /// The method or its types carry OpenAPI tags (<c>[Tags]</c>); else the endpoint is tagged with its route's
        /// first folder.
        /// </summary>
        public bool HasTags { get; init; }

        /// <summary>The method's XML <c>&lt;summary&gt;</c> as plain text, or null: the operation's summary.</summary>
        public string? Summary { get; init; }

        /// <summary>The effective <c>[Protected]</c>, or null when unprotected.</summary>
        public ProtectionInfo? Protection { get; init; }

        /// <summary>The method name, for diagnostics found once the URL is known.</summary>
        public LocationInfo? Location { get; init; }
    }
}
