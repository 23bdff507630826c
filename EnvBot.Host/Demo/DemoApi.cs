namespace EnvBot.Host.Demo;

/// <summary><c>GET /api/demo/personas</c>: the personas to talk as; 404 when demo mode is off (the page then hides its selector).</summary>
public static class DemoApi
{
    public static IEndpointRouteBuilder MapDemoApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/demo/personas", (DemoMode demo) => demo.Enabled
            ? Results.Json(new { personas = DemoMode.Personas.Select(p => new { id = p.Id, name = p.Name, role = p.Role }) })
            : Results.NotFound());
        return app;
    }
}
