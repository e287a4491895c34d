"""Claims: the writer's, quoted and reported claims, reviews of claims, stances."""
